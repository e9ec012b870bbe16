/// A household's assets (家庭财产, S2 art. 14): financial assets, vehicles, homes and
/// businesses, and the finding of the household economic-status verification centre
/// (居民家庭经济状况核对中心), when there is one.
///
/// Inner Mongolia's numeric asset limits were not found (POLICY.md 1.3 [U]). Rules use
/// ``verification`` when present and numeric limits from a policy file otherwise; without
/// either, the asset test is undetermined.
public struct Assets: Sendable, Hashable {
    /// Financial assets: deposits, securities, funds, insurance, claims, internet finance.
    public var financial: [FinancialAsset]
    /// Motor vehicles.
    public var vehicles: [Vehicle]
    /// Homes and other buildings.
    public var homes: [Home]
    /// Businesses the household owns or holds shares in.
    public var businesses: [Business]
    /// The verification centre's finding, if the household has been checked.
    public var verification: AssetVerification?

    /// Creates an asset record; all lists default to empty (the household declared none).
    public init(
        financial: [FinancialAsset] = [],
        vehicles: [Vehicle] = [],
        homes: [Home] = [],
        businesses: [Business] = [],
        verification: AssetVerification? = nil
    ) {
        self.financial = financial
        self.vehicles = vehicles
        self.homes = homes
        self.businesses = businesses
        self.verification = verification
    }

    /// The total of the financial assets.
    public var financialTotal: Money {
        financial.reduce(Money.zero) { $0 + $1.amount }
    }
}

/// A financial asset (金融资产) and its value.
public struct FinancialAsset: Sendable, Hashable {
    /// The member who holds it, or `nil` if held jointly.
    public var owner: Member.ID?
    /// The kind of asset.
    public var kind: FinancialAssetKind
    /// Its value.
    public var amount: Money

    /// Creates a financial asset.
    public init(owner: Member.ID? = nil, kind: FinancialAssetKind, amount: Money) {
        self.owner = owner
        self.kind = kind
        self.amount = amount
    }
}

/// Kinds of financial asset (金融资产类别, S2 art. 14).
public enum FinancialAssetKind: String, Sendable, Hashable, CaseIterable {
    /// Cash and bank deposits (现金、存款).
    case deposit
    /// Securities and funds (有价证券、基金).
    case securities
    /// Commercial insurance with a cash value (商业保险).
    case insurance
    /// Money owed to the household (债权).
    case claim
    /// Internet finance products (互联网金融资产).
    case internetFinance = "internet-finance"
    /// Other financial assets.
    case other
}

/// A motor vehicle (机动车) and what it is used for.
public struct Vehicle: Sendable, Hashable {
    /// The member who owns it, or `nil`.
    public var owner: Member.ID?
    /// Its assessed value.
    public var value: Money
    /// What it is used for; some uses are exempt in local rules.
    public var use: VehicleUse

    /// Creates a vehicle.
    public init(owner: Member.ID? = nil, value: Money, use: VehicleUse) {
        self.owner = owner
        self.value = value
        self.use = use
    }
}

/// The use of a vehicle.
public enum VehicleUse: String, Sendable, Hashable, CaseIterable {
    /// A small vehicle that is the household's means of livelihood (生产经营必需).
    case livelihood
    /// A mobility vehicle for a disabled member (残疾人功能性补偿代步).
    case disabilityMobility = "disability-mobility"
    /// A motorcycle (摩托车).
    case motorcycle
    /// Private use (非营运).
    case `private`
}

/// A home or other building (房产).
public struct Home: Sendable, Hashable {
    /// What the building is used for.
    public var use: HomeUse
    /// The floor area in hundredths of a square metre (6550 = 65.50 m²), if known.
    public var floorAreaHundredthsSquareMetre: Int64?

    /// Creates a home record.
    public init(use: HomeUse, floorAreaHundredthsSquareMetre: Int64? = nil) {
        self.use = use
        self.floorAreaHundredthsSquareMetre = floorAreaHundredthsSquareMetre
    }
}

/// The use of a building.
public enum HomeUse: String, Sendable, Hashable, CaseIterable {
    /// Residential (住宅).
    case residential
    /// Non-residential: shop, office, factory (非住宅).
    case nonResidential = "non-residential"
}

/// A business the household owns or holds shares in (市场主体).
public struct Business: Sendable, Hashable {
    /// The member who owns it, or `nil`.
    public var owner: Member.ID?
    /// The registered capital subscribed by the household (认缴出资).
    public var registeredCapital: Money
    /// Whether it has employees (雇工).
    public var hasEmployees: Bool

    /// Creates a business record.
    public init(owner: Member.ID? = nil, registeredCapital: Money, hasEmployees: Bool) {
        self.owner = owner
        self.registeredCapital = registeredCapital
        self.hasEmployees = hasEmployees
    }
}

/// The finding of the household economic-status verification centre (核对结论): whether
/// the household's assets are within the limits for a tier, and when it was checked.
public struct AssetVerification: Sendable, Hashable {
    /// Within the limits, or over them.
    public var finding: AssetFinding
    /// The day of the check.
    public var verifiedOn: Day
    /// The assistance tier the limits were checked for.
    public var checkedFor: AssetCheckTier

    /// Creates a verification finding.
    public init(finding: AssetFinding, verifiedOn: Day, checkedFor: AssetCheckTier) {
        self.finding = finding
        self.verifiedOn = verifiedOn
        self.checkedFor = checkedFor
    }
}

/// A verification centre's finding.
public enum AssetFinding: String, Sendable, Hashable, CaseIterable {
    /// Assets within the limits (符合).
    case compliant
    /// Assets exceed the limits (超出).
    case exceeds
}

/// The tier whose asset rules a verification applied.
public enum AssetCheckTier: String, Sendable, Hashable, CaseIterable {
    /// Extremely poor persons (特困人员).
    case extremePoverty = "extreme-poverty"
    /// Minimum living allowance (低保).
    case dibao
    /// Marginal low-income household (低保边缘).
    case marginal
    /// Rigid-expenditure hardship household (刚性支出困难).
    case rigidExpenditure = "rigid-expenditure"
}
