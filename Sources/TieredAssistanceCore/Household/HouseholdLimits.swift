/// Documented limits on one household record. Input beyond a limit is rejected with an
/// error naming the field; nothing is truncated.
///
/// The limits are far above real households and keep every sum of input amounts within
/// `Int64` fen: at most 4,096 expenses of at most ``Money/inputLimit`` (10^14 fen) each
/// sum to under 5 × 10^17 fen, and `Int64.max` is about 9.2 × 10^18.
public enum HouseholdLimits {
    /// Members per household.
    public static let members = 64
    /// Income records per household.
    public static let incomes = 1_024
    /// Expense records per household.
    public static let expenses = 4_096
    /// Life events per household.
    public static let events = 256
    /// Obligors per household.
    public static let obligors = 64
    /// Statuses on record (``Household/enrolments``).
    public static let enrolments = 256
    /// Entries in each asset list (financial, vehicles, homes, businesses).
    public static let assetsPerList = 256
    /// Bytes in any one string value (identifiers, names, community).
    public static let stringBytes = 256
    /// Bytes in one JSON Lines record or household file.
    public static let recordBytes = 1 << 20
    /// Nesting depth of JSON arrays and objects.
    public static let nestingDepth = 16
}
