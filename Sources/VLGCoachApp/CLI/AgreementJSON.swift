import CoachCore
import Foundation

/// The JSON shape of `agreement list --json`. Every key is always there; what is unknown
/// (the day of a next meeting not yet planned) is null.
struct AgreementJSON: Encodable {
  let community: String
  let communityID: String
  let number: Int
  let id: String
  /// finish, discuss or provide.
  let kind: String
  /// a, b or c.
  let letter: String
  let text: String
  let owners: [String]
  /// Made in this meeting (its number), if it still exists.
  let meeting: Int?
  /// `next-meeting` or a day.
  let due: String
  let dueDay: String?
  let status: String
  let timesCarriedOver: Int
  let overdue: Bool

  init(_ line: AgreementLine) {
    let entry = line.entry
    community = line.communityName
    communityID = line.communityID.uuidString
    number = entry.number
    id = entry.id.uuidString
    kind = entry.kind.rawValue
    letter = entry.kind.letter
    text = entry.text
    owners = entry.ownerNames
    meeting = entry.madeInNumber
    switch entry.due {
    case .nextMeeting: due = "next-meeting"
    case .day(let day): due = day.iso
    }
    dueDay = line.dueDay?.iso
    status = line.status.rawValue
    timesCarriedOver = line.timesCarriedOver
    overdue = line.isOverdue
  }

  private enum CodingKeys: String, CodingKey {
    case community, communityID, number, id, kind, letter, text, owners, meeting, due, dueDay
    case status, timesCarriedOver, overdue
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(community, forKey: .community)
    try container.encode(communityID, forKey: .communityID)
    try container.encode(number, forKey: .number)
    try container.encode(id, forKey: .id)
    try container.encode(kind, forKey: .kind)
    try container.encode(letter, forKey: .letter)
    try container.encode(text, forKey: .text)
    try container.encode(owners, forKey: .owners)
    try container.encode(meeting, forKey: .meeting)
    try container.encode(due, forKey: .due)
    try container.encode(dueDay, forKey: .dueDay)
    try container.encode(status, forKey: .status)
    try container.encode(timesCarriedOver, forKey: .timesCarriedOver)
    try container.encode(overdue, forKey: .overdue)
  }
}
