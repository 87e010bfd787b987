import Foundation

/// One question followed over the rounds of a checklist, by its id: the mean of a scale, the
/// share of yes of a yes/no question, per round in time order (nil where it was not asked or
/// not answered).
public struct ChecklistTrend: Equatable, Sendable {
  public struct Point: Equatable, Sendable {
    public let roundID: UUID
    public let day: CalendarDay
    public let value: Double?
  }

  public let question: ChecklistTemplate.Question
  public let points: [Point]
}
