import Foundation

/// Editing a meeting's agenda and notes: the rules the meeting screen and the live mode share.
extension Community {
  /// Adds `item` at the end of the meeting's agenda, or after the item `after` when given.
  public mutating func addAgendaItem(_ item: AgendaItem, to meeting: UUID, after: UUID? = nil)
    throws
  {
    let clean = try Self.checked(item)
    guard let index = meetings.firstIndex(where: { $0.id == meeting }) else { return }
    let position =
      after.flatMap { id in meetings[index].agenda.firstIndex(where: { $0.id == id }) }
      .map { $0 + 1 } ?? meetings[index].agenda.count
    meetings[index].agenda.insert(clean, at: position)
  }

  /// Replaces the item with the same id; its role and the live mode's times stay as they are.
  public mutating func updateAgendaItem(_ item: AgendaItem, in meeting: UUID) throws {
    let clean = try Self.checked(item)
    guard let index = meetings.firstIndex(where: { $0.id == meeting }),
      let position = meetings[index].agenda.firstIndex(where: { $0.id == item.id })
    else { return }
    meetings[index].agenda[position] = clean
  }

  public mutating func removeAgendaItem(_ id: UUID, from meeting: UUID) {
    guard let index = meetings.firstIndex(where: { $0.id == meeting }) else { return }
    meetings[index].agenda.removeAll { $0.id == id }
  }

  /// Moves an item `offset` places (−1 up, +1 down), staying inside the agenda.
  public mutating func moveAgendaItem(_ id: UUID, in meeting: UUID, by offset: Int) {
    guard let index = meetings.firstIndex(where: { $0.id == meeting }),
      let from = meetings[index].agenda.firstIndex(where: { $0.id == id })
    else { return }
    let to = min(max(0, from + offset), meetings[index].agenda.count - 1)
    guard to != from else { return }
    let item = meetings[index].agenda.remove(at: from)
    meetings[index].agenda.insert(item, at: to)
  }

  public mutating func setNotes(_ notes: String, of meeting: UUID) {
    guard let index = meetings.firstIndex(where: { $0.id == meeting }) else { return }
    meetings[index].notes = TextCleaning.multiline(notes)
  }

  /// The item as the store keeps it: cleaned text, a title, and minutes that make sense.
  private static func checked(_ item: AgendaItem) throws -> AgendaItem {
    var clean = item
    clean.title = TextCleaning.line(item.title)
    guard !clean.title.isEmpty else { throw CoachError.emptyAgendaItem }
    guard AgendaItem.plannedMinutesRange.contains(item.plannedMinutes) else {
      throw CoachError.invalidMinutes("\(item.plannedMinutes)")
    }
    clean.presenter = TextCleaning.line(item.presenter)
    clean.notes = TextCleaning.multiline(item.notes)
    clean.decisions = item.decisions.map(TextCleaning.line).filter { !$0.isEmpty }
    return clean
  }
}

extension AgendaItem {
  /// What an item may plan: up to a day. The store holds files to it too.
  public static let plannedMinutesRange = 0...1440

  /// Planned minutes as a person types them: a whole number from 0 to 1440 (a day);
  /// empty is 0.
  public static func minutes(from text: String) throws -> Int {
    let trimmed = TextCleaning.line(text)
    if trimmed.isEmpty { return 0 }
    guard trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(trimmed),
      plannedMinutesRange.contains(value)
    else { throw CoachError.invalidMinutes(trimmed) }
    return value
  }
}
