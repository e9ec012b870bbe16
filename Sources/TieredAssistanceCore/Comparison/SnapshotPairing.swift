/// One household across two snapshots of a population (two monthly extracts), paired by id.
public enum SnapshotPair: Sendable {
    /// In both snapshots.
    case paired(before: Household, after: Household)
    /// Only in the later snapshot.
    case new(Household)
    /// Only in the earlier snapshot.
    case vanished(Household)

    /// The household's id.
    public var id: Household.ID {
        switch self {
        case .paired(_, let after): return after.id
        case .new(let household), .vanished(let household): return household.id
        }
    }

    /// The household in the earlier snapshot, if it was there.
    public var before: Household? {
        switch self {
        case .paired(let before, _), .vanished(let before): return before
        case .new: return nil
        }
    }

    /// The household in the later snapshot, if it is there.
    public var after: Household? {
        switch self {
        case .paired(_, let after), .new(let after): return after
        case .vanished: return nil
        }
    }

    /// `paired`, `new` or `vanished`, as `assist monitor` writes it.
    public var presence: String {
        switch self {
        case .paired: return "paired"
        case .new: return "new"
        case .vanished: return "vanished"
        }
    }
}

/// Pairs two snapshots of a population by household id: what `assist monitor` does with two
/// extract files (there with external sorts, for files of any size), for households in memory.
public enum SnapshotPairing {
    /// Every household of both snapshots, once: paired, new or vanished, in household-id order
    /// (``precedes(_:_:)``).
    ///
    /// - Throws: ``InputError`` with code ``ErrorCode/duplicateID`` and the path of the second
    ///   occurrence (`before[7].id`, `after[2].id`) when an id appears twice in one snapshot.
    public static func pair(before: [Household], after: [Household]) throws(InputError) -> [SnapshotPair] {
        let earlier = try sorted(before, name: "before")
        let later = try sorted(after, name: "after")
        var pairs: [SnapshotPair] = []
        pairs.reserveCapacity(max(earlier.count, later.count))
        var i = 0, j = 0
        while i < earlier.count || j < later.count {
            if j == later.count || (i < earlier.count && precedes(earlier[i].id, later[j].id)) {
                pairs.append(.vanished(earlier[i]))
                i += 1
            } else if i == earlier.count || precedes(later[j].id, earlier[i].id) {
                pairs.append(.new(later[j]))
                j += 1
            } else {
                pairs.append(.paired(before: earlier[i], after: later[j]))
                i += 1
                j += 1
            }
        }
        return pairs
    }

    /// The order pairs come in: ids compared byte by byte in UTF-8.
    public static func precedes(_ a: Household.ID, _ b: Household.ID) -> Bool {
        a.rawValue.utf8.lexicographicallyPrecedes(b.rawValue.utf8)
    }

    private static func sorted(_ households: [Household], name: String) throws(InputError) -> [Household] {
        let order = households.indices.sorted { a, b in
            households[a].id == households[b].id ? a < b : precedes(households[a].id, households[b].id)
        }
        for (previous, next) in zip(order, order.dropFirst()) where households[previous].id == households[next].id {
            throw InputError(path: FieldPath([.key(name), .index(max(previous, next)), .key("id")]), code: .duplicateID,
                             message: "household id \(InputError.echo(households[next].id.rawValue)) appears twice in the \(name) snapshot")
        }
        return order.map { households[$0] }
    }
}
