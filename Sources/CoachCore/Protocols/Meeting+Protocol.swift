import Foundation

extension Meeting {
  /// Adds a protocol as one agenda item (its name, its total minutes), before the item for
  /// new agreements so those still close the meeting.
  @discardableResult
  public mutating func addProtocol(
    _ method: DiscussionProtocol, language: Language, id: UUID = UUID()
  ) -> AgendaItem {
    let item = AgendaItem(
      id: id, title: method.name(language), plannedMinutes: method.totalMinutes,
      protocolID: method.id)
    let index = agenda.firstIndex { $0.role == .newAgreements } ?? agenda.endIndex
    agenda.insert(item, at: index)
    return item
  }
}

extension AgendaItem {
  /// The protocol's step now, while the item runs: which step, and the minutes left in it.
  public func protocolStep(now: Date, among own: [DiscussionProtocol] = []) -> (
    index: Int, minutesLeft: Int
  )? {
    guard let method = discussionProtocol(among: own), endedAt == nil,
      let spent = minutesSpent(now: now)
    else { return nil }
    return method.step(after: spent)
  }
}
