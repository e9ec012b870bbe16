extension Household {
    /// Checks everything the household format checks, as if the household had been read
    /// from a file: each amount at least 0 and at most ``Money/inputLimit``, counts and
    /// grades in their ranges, days in ``Day/supportedInputRange``, lists and strings within
    /// ``HouseholdLimits``, identifiers that may appear in outputs, and the rules that tie
    /// records together (at least one member, exactly one applicant, unique ids,
    /// references to members that exist, statuses on record in order and not overlapping).
    ///
    /// The evaluator runs this on every household it is given, so a household built in
    /// code cannot make it trap or overflow. A household read by ``HouseholdDecoder`` (and
    /// not changed since) passed these checks when it was read and is not checked again;
    /// any other household is written in the format and read back, which costs a few
    /// microseconds.
    ///
    /// - Throws: ``InputError`` naming the field as the format spells it
    ///   (`incomes[1].monthlyAmount`) and the reason.
    public func validate() throws(InputError) {
        if isValidated { return }
        let read: Household
        do {
            read = try HouseholdDecoder.decode(HouseholdEncoder.encode(self, personalData: .include))
        } catch {
            var error = error
            error.byteOffset = nil   // an offset into bytes the caller never saw
            throw error
        }
        guard read == self else {
            throw InputError(code: .invalidValue, message: "the household holds a value the household format cannot write")
        }
    }

    /// This household, checked by ``validate()`` and marked so that the evaluator does not
    /// check it again until it changes: for a household built in code and evaluated many
    /// times (on several days, or under several policy books).
    ///
    /// - Throws: ``InputError`` as ``validate()`` does.
    public func validated() throws(InputError) -> Household {
        try validate()
        var household = self
        household.markValidated()
        return household
    }

    /// Checks the rules that tie a household's records together: identifiers that may appear
    /// in outputs (``Identifier/problem(with:)``), at least one member, exactly one
    /// applicant, unique member and obligor ids, every reference to a member
    /// naming one that exists, and statuses on record whose days are in order and that do
    /// not overlap another record of the same program and member. ``HouseholdDecoder``
    /// runs this on every household it reads.
    package func checkInvariants() throws(InputError) {
        if members.isEmpty {
            throw InputError(path: "members", code: .inconsistent, message: "a household has at least one member")
        }
        if members.count > HouseholdLimits.members {
            throw InputError(path: "members", code: .limitExceeded,
                             message: "more than \(HouseholdLimits.members) members")
        }
        if let problem = Household.ID.problem(with: id.rawValue) {
            throw InputError(path: "id", code: .invalidValue, message: problem)
        }
        // A list, not a set: at most 64 members, usually a handful, and every decoded
        // household passes here (hashing each id cost more than comparing a few).
        var memberIDs: [Member.ID] = []
        memberIDs.reserveCapacity(members.count)
        var applicants = 0
        for (index, member) in members.enumerated() {
            if let problem = Member.ID.problem(with: member.id.rawValue) {
                throw InputError(path: FieldPath([.key("members"), .index(index), .key("id")]), code: .invalidValue, message: problem)
            }
            if memberIDs.contains(member.id) {
                throw InputError(path: FieldPath([.key("members"), .index(index), .key("id")]), code: .duplicateID,
                                 message: "member id \(InputError.echo(member.id.rawValue)) is used twice")
            }
            memberIDs.append(member.id)
            if member.relationship == .applicant { applicants += 1 }
        }
        if applicants != 1 {
            throw InputError(path: "members", code: .inconsistent,
                             message: "a household has exactly one member with relationship \"applicant\", found \(applicants)")
        }
        // The path is built only for an error.
        func check(_ reference: Member.ID?, _ path: @autoclosure () -> FieldPath) throws(InputError) {
            if let reference, !memberIDs.contains(reference) {
                throw InputError(path: path(), code: .unknownReference,
                                 message: "no member has id \(InputError.echo(reference.rawValue))")
            }
        }
        for (index, income) in incomes.enumerated() {
            try check(income.member, FieldPath([.key("incomes"), .index(index), .key("member")]))
        }
        for (index, expense) in expenses.enumerated() {
            try check(expense.member, FieldPath([.key("expenses"), .index(index), .key("member")]))
        }
        for (index, event) in events.enumerated() {
            try check(event.member, FieldPath([.key("events"), .index(index), .key("member")]))
        }
        if let assets {
            for (index, asset) in assets.financial.enumerated() {
                try check(asset.owner, FieldPath([.key("assets"), .key("financial"), .index(index), .key("owner")]))
            }
            for (index, vehicle) in assets.vehicles.enumerated() {
                try check(vehicle.owner, FieldPath([.key("assets"), .key("vehicles"), .index(index), .key("owner")]))
            }
            for (index, business) in assets.businesses.enumerated() {
                try check(business.owner, FieldPath([.key("assets"), .key("businesses"), .index(index), .key("owner")]))
            }
        }
        if let union = unionWorker {
            try check(union.member, FieldPath([.key("unionWorker"), .key("member")]))
        }
        if let enrolments {
            try checkEnrolments(enrolments, check: check)
        }
        if let obligors {
            var obligorIDs = Set<Obligor.ID>()
            for (index, obligor) in obligors.enumerated() {
                if !obligorIDs.insert(obligor.id).inserted {
                    throw InputError(path: FieldPath([.key("obligors"), .index(index), .key("id")]), code: .duplicateID,
                                     message: "obligor id \(InputError.echo(obligor.id.rawValue)) is used twice")
                }
                if memberIDs.contains(Member.ID(obligor.id.rawValue)) {
                    throw InputError(path: FieldPath([.key("obligors"), .index(index), .key("id")]), code: .inconsistent,
                                     message: "an obligor lives outside the household, but this id is also a member's")
                }
                try check(obligor.supports, FieldPath([.key("obligors"), .index(index), .key("supports")]))
            }
        }
    }

    private func checkEnrolments(_ enrolments: [Enrolment],
                                 check: (Member.ID?, @autoclosure () -> FieldPath) throws(InputError) -> Void) throws(InputError) {
        for (index, record) in enrolments.enumerated() {
            func path(_ key: String) -> FieldPath { FieldPath([.key("enrolments"), .index(index), .key(key)]) }
            try check(record.member, path("member"))
            func notBeforeSince(_ day: Day?, _ key: String) throws(InputError) {
                if let day, day < record.since {
                    throw InputError(path: path(key), code: .inconsistent,
                                     message: "\(key) \(day) is before since \(record.since)")
                }
            }
            try notBeforeSince(record.until, "until")
            try notBeforeSince(record.lastReviewedOn, "lastReviewedOn")
            try notBeforeSince(record.validUntil, "validUntil")
            for earlier in enrolments[..<index].indices {
                let other = enrolments[earlier]
                guard other.program == record.program, other.member == record.member else { continue }
                let overlaps = (other.lastDay.map { $0 >= record.since } ?? true) && (record.lastDay.map { $0 >= other.since } ?? true)
                if overlaps {
                    throw InputError(path: path("since"), code: .inconsistent,
                                     message: "overlaps enrolments[\(earlier)], another record of \(record.program) for the same \(record.member == nil ? "household" : "member")")
                }
            }
        }
    }

    /// Checks that the household can be evaluated on `day`: no member is born after it.
    ///
    /// - Throws: ``InputError`` at `members[i].birthDate`.
    public func checkDates(on day: Day) throws(InputError) {
        for (index, member) in members.enumerated() where member.birthDate > day {
            throw InputError(path: FieldPath([.key("members"), .index(index), .key("birthDate")]), code: .inconsistent,
                             message: "born on \(member.birthDate), after the evaluation day \(day)")
        }
    }
}
