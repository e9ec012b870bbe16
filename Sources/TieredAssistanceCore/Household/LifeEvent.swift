/// A dated life event that can cause sudden hardship (急难事件) or signal a change for
/// monitoring: an accident, a fire, a sudden major illness, a death, unemployment or a
/// disaster.
public struct LifeEvent: Sendable, Hashable {
    /// What happened.
    public var kind: LifeEventKind
    /// The day it happened.
    public var day: Day
    /// The member it concerns, or `nil` for the household as a whole.
    public var member: Member.ID?
    /// The direct cost to the household, if known.
    public var cost: Money?

    /// Creates an event.
    public init(kind: LifeEventKind, day: Day, member: Member.ID? = nil, cost: Money? = nil) {
        self.kind = kind
        self.day = day
        self.member = member
        self.cost = cost
    }
}

/// Kinds of life event.
public enum LifeEventKind: String, Sendable, Hashable, CaseIterable {
    /// A traffic accident (交通事故).
    case trafficAccident = "traffic-accident"
    /// Another accident (其他意外事件).
    case accident
    /// A fire (火灾).
    case fire
    /// A sudden major illness (突发重大疾病).
    case suddenMajorIllness = "sudden-major-illness"
    /// The death of a member (家庭成员死亡).
    case death
    /// Loss of a job or registered unemployment (失业).
    case unemployment
    /// A natural disaster (自然灾害).
    case disaster
}
