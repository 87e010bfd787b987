/// The keys of each stored object in the current schema version: what the reader uses, and
/// what it keeps aside as unknown when a file holds more. `Tests/…/Schema/shape-vN.txt`
/// records the whole shape, so that a change without a version bump fails a test.
enum StoredShape {
  static let fileKeys: Set<String> = ["schemaVersion", "community", "coachNotes"]
  static let communityKeys: Set<String> = [
    "id", "name", "subject", "schools", "phaseHistory", "members", "meetings", "agreements",
    "themes", "internalCoach", "checklistTicks", "checklistRounds", "created",
  ]
  static let phaseChangeKeys: Set<String> = ["phase", "day", "note"]
  static let memberKeys: Set<String> = [
    "id", "name", "school", "role", "participation", "participationSince", "participationReason",
    "committedOn",
  ]
  static let meetingKeys: Set<String> = [
    "id", "day", "time", "place", "phase", "agenda", "attendance", "notes", "roles",
  ]
  static let agendaItemKeys: Set<String> = [
    "id", "title", "plannedMinutes", "presenter", "role", "notes", "decisions", "startedAt",
    "endedAt", "protocol",
  ]
  static let agreementKeys: Set<String> = [
    "id", "number", "kind", "text", "owners", "madeIn", "madeUnder", "due", "reviews",
  ]
  static let reviewKeys: Set<String> = ["meetingID", "day", "outcome", "note"]
  static let themeKeys: Set<String> = [
    "id", "title", "description", "members", "status", "subgroups", "outputs", "moments",
  ]
  static let subgroupKeys: Set<String> = ["id", "name", "members"]
  static let outputKeys: Set<String> = ["id", "title", "madeOn", "triedInClassOn", "note"]
  static let momentKeys: Set<String> = ["id", "kind", "day", "note"]
  static let tickKeys: Set<String> = ["day", "remark"]
  static let roundKeys: Set<String> = [
    "id", "day", "anonymous", "template", "responses", "meetingID",
  ]
  static let templateKeys: Set<String> = ["id", "version", "title", "questions"]
  static let questionKeys: Set<String> = ["id", "nl", "en", "answer"]
  static let responseKeys: Set<String> = ["member", "submitted", "answers"]
  static let noteKeys: Set<String> = ["id", "day", "about", "tags", "text", "meetingID"]

  /// `due` of an agreement due at the next meeting; otherwise it holds the day.
  static let dueAtNextMeeting = "nextMeeting"
}
