import CoachCore
import Foundation

/// One hit in `search --json`. Every key is always there; what does not apply is null.
struct SearchJSON: Encodable {
  let community: String
  let communityID: String
  /// community, member, agenda-item, minutes-note, decision, agreement, theme, dynamics-note.
  let kind: String
  /// A dynamics note: the coach's alone.
  let `private`: Bool
  let excerpt: String
  let day: String?
  /// The meeting's number, for what was said or decided in one and for an agreement.
  let meeting: Int?
  let memberID: String?
  let meetingID: String?
  let agendaItemID: String?
  let agreementID: String?
  let themeID: String?
  let noteID: String?

  init(_ hit: SearchHit, community: Community?) {
    self.community = hit.communityName
    communityID = hit.communityID.uuidString
    kind = hit.kind.rawValue
    `private` = hit.isPrivate
    excerpt = hit.excerpt
    day = hit.day?.iso
    meeting = hit.target.meetingID.flatMap { community?.meetingNumber($0) }
    memberID = hit.target.memberID?.uuidString
    meetingID = hit.target.meetingID?.uuidString
    agendaItemID = hit.target.agendaItemID?.uuidString
    agreementID = hit.target.agreementID?.uuidString
    themeID = hit.target.themeID?.uuidString
    noteID = hit.target.noteID?.uuidString
  }

  private enum CodingKeys: String, CodingKey {
    case community, communityID, kind, `private`, excerpt, day, meeting, memberID, meetingID
    case agendaItemID, agreementID, themeID, noteID
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(community, forKey: .community)
    try container.encode(communityID, forKey: .communityID)
    try container.encode(kind, forKey: .kind)
    try container.encode(`private`, forKey: .private)
    try container.encode(excerpt, forKey: .excerpt)
    try container.encode(day, forKey: .day)
    try container.encode(meeting, forKey: .meeting)
    try container.encode(memberID, forKey: .memberID)
    try container.encode(meetingID, forKey: .meetingID)
    try container.encode(agendaItemID, forKey: .agendaItemID)
    try container.encode(agreementID, forKey: .agreementID)
    try container.encode(themeID, forKey: .themeID)
    try container.encode(noteID, forKey: .noteID)
  }
}
