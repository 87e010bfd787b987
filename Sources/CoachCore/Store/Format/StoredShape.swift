/// The keys of each stored object in the current schema version: what the reader uses, and
/// what it keeps aside as unknown when a file holds more. `Tests/…/Schema/shape-vN.txt`
/// records the whole shape, so that a change without a version bump fails a test.
enum StoredShape {
  static let fileKeys: PlistKeySet = ["schemaVersion", "community", "coachNotes"]
  static let communityKeys: PlistKeySet = [
    "id", "name", "subject", "schools", "phaseHistory", "members", "meetings", "agreements",
    "themes", "internalCoach", "checklistTicks", "checklistRounds", "created",
  ]
  static let phaseChangeKeys: PlistKeySet = ["phase", "day", "note"]
  static let memberKeys: PlistKeySet = [
    "id", "name", "school", "role", "participation", "participationSince", "participationReason",
    "committedOn", "joinedOn",
  ]
  static let meetingKeys: PlistKeySet = [
    "id", "day", "time", "place", "phase", "agenda", "attendance", "notes", "roles",
  ]
  /// A meeting's roles, by the role's name.
  static let roleKeys = PlistKeySet(Set(MeetingRole.allCases.map(\.rawValue)))
  static let agendaItemKeys: PlistKeySet = [
    "id", "title", "plannedMinutes", "presenter", "role", "notes", "decisions", "startedAt",
    "endedAt", "protocol",
  ]
  static let agreementKeys: PlistKeySet = [
    "id", "number", "kind", "text", "owners", "madeIn", "madeUnder", "due", "reviews",
  ]
  static let reviewKeys: PlistKeySet = ["meetingID", "day", "outcome", "note"]
  static let themeKeys: PlistKeySet = [
    "id", "title", "description", "members", "status", "subgroups", "outputs", "moments",
  ]
  static let subgroupKeys: PlistKeySet = ["id", "name", "members"]
  static let outputKeys: PlistKeySet = ["id", "title", "madeOn", "triedInClassOn", "note"]
  static let momentKeys: PlistKeySet = ["id", "kind", "day", "note"]
  static let tickKeys: PlistKeySet = ["day", "remark"]
  static let roundKeys: PlistKeySet = [
    "id", "day", "anonymous", "template", "responses", "meetingID",
  ]
  static let templateKeys: PlistKeySet = ["id", "version", "title", "questions"]
  static let questionKeys: PlistKeySet = ["id", "nl", "en", "answer"]
  static let responseKeys: PlistKeySet = ["member", "submitted", "answers"]
  static let noteKeys: PlistKeySet = ["id", "day", "about", "tags", "text", "meetingID"]

  /// `due` of an agreement due at the next meeting; otherwise it holds the day.
  static let dueAtNextMeeting = "nextMeeting"
}
