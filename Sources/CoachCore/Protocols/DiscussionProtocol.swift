import Foundation

/// A timed discussion protocol: steps with minutes and who speaks. The group runs it as one
/// agenda item, step by step, so a critical discussion keeps its shape.
public struct DiscussionProtocol: Equatable, Identifiable, Sendable {
  public struct Step: Equatable, Sendable {
    public var title: LocalizedText
    public var minutes: Int
    /// Who speaks (or works) in this step.
    public var who: LocalizedText

    public init(_ title: LocalizedText, minutes: Int, who: LocalizedText) {
      self.title = title
      self.minutes = minutes
      self.who = who
    }
  }

  /// Stable: `tuning`, `brainstorm`, `debrief`, or a copy's own id.
  public let id: String
  public var name: LocalizedText
  /// What it is for, in one sentence.
  public var purpose: LocalizedText
  public var steps: [Step]

  public init(id: String, name: LocalizedText, purpose: LocalizedText, steps: [Step]) {
    self.id = id
    self.name = name
    self.purpose = purpose
    self.steps = steps
  }

  /// How long one step may take: a meeting is an evening, not a day.
  public static let stepMinutes = 1...240
  /// The most steps a protocol may have; more would not fit the live screen.
  public static let stepLimit = 20

  public var totalMinutes: Int { steps.reduce(0) { $0 + $1.minutes } }

  /// The step running `elapsed` minutes into the protocol, and the minutes left in it; nil
  /// once every step's time is used.
  public func step(after elapsed: Int) -> (index: Int, minutesLeft: Int)? {
    var start = 0
    for (index, step) in steps.enumerated() {
      if elapsed < start + step.minutes { return (index, start + step.minutes - elapsed) }
      start += step.minutes
    }
    return nil
  }
}
