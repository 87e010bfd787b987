import Foundation

/// `store.plist`: the settings, and a cache of each community's summary with the
/// fingerprint of the file it came from. Being a cache, an entry that does not read is
/// dropped (its file is read again); only the version and the settings are kept as they are.
enum IndexFormat {
  struct Index: Equatable {
    var version: Int
    var settings = StoreSettings()
    var entries: [Entry] = []
    /// Keys this version does not know, at the top and in the settings.
    var keptTopLevel: PlistDictionary = [:]
    var keptSettings: PlistDictionary = [:]
    /// Entries that named a community a second time.
    var duplicates: [String] = []
  }

  struct Entry: Equatable {
    var summary: CommunitySummary
    var fingerprint: FileFingerprint?
  }

  enum Decoded {
    case index(Index)
    case unreadable(String)
  }

  static func decode(_ data: Data) -> Decoded {
    let root: PlistDictionary
    do {
      guard let dictionary = try PlistXMLReader.parse(data).value.dictionary else {
        return .unreadable("not a dictionary at the top")
      }
      root = dictionary
    } catch {
      return .unreadable("line \(error.line): \(error.reason)")
    }
    guard let version = root["schemaVersion"]?.integer, version >= 1 else {
      return .unreadable("no schemaVersion")
    }
    var index = Index(version: version)
    index.keptTopLevel = root.filter {
      !["schemaVersion", "settings", "communities"].contains($0.key)
    }
    if let settings = root["settings"]?.dictionary {
      index.settings.theme = settings["theme"]?.string
      index.keptSettings = settings.filter { $0.key != "theme" }
    }
    var seen = Set<UUID>()
    for value in root["communities"]?.array ?? [] {
      guard let entry = entry(value) else { continue }
      guard seen.insert(entry.summary.id).inserted else {
        index.duplicates.append(entry.summary.name)
        continue
      }
      index.entries.append(entry)
    }
    return .index(index)
  }

  static func encode(_ index: Index) -> Data {
    encode(index, entryValues: index.entries.map(entryValue))
  }

  /// With each entry's value given (the store keeps those of unchanged communities).
  static func encode(_ index: Index, entryValues: [PlistValue]) -> Data {
    var settings = index.keptSettings
    settings["theme"] = index.settings.theme.map(PlistValue.string)
    var root = index.keptTopLevel
    root["schemaVersion"] = .integer(SchemaMigration.current)
    root["settings"] = .dictionary(settings)
    root["communities"] = .array(entryValues)
    return PlistXMLWriter.data(.dictionary(root))
  }

  // MARK: - Entries

  private static func entry(_ value: PlistValue) -> Entry? {
    guard let fields = value.dictionary,
      let id = fields["id"]?.uuid,
      let name = fields["name"]?.string,
      let phase = fields["phase"]?.integer.flatMap(Phase.init(number:)),
      let memberCount = fields["memberCount"]?.integer, memberCount >= 0,
      let schoolCount = fields["schoolCount"]?.integer, schoolCount >= 0
    else { return nil }
    var summary = CommunitySummary(
      id: id, name: TextCleaning.line(name),
      subject: TextCleaning.line(fields["subject"]?.string ?? ""),
      phase: phase)
    summary.phaseSince = fields["phaseSince"]?.string.flatMap(CalendarDay.init(iso:))
    summary.memberCount = memberCount
    summary.schoolCount = schoolCount
    if let line = fields["meetings"]?.string {
      summary.meetingDates = CompactDates.meetings(line)
    } else {
      summary.meetingDates = (fields["meetingDates"]?.array ?? []).compactMap(meetingDate)
    }
    if let line = fields["openDue"]?.string {
      summary.openAgreementDueDays = CompactDates.dueDays(line)
    } else {
      summary.openAgreementDueDays = (fields["openAgreementDueDays"]?.array ?? []).compactMap {
        $0.string.flatMap(CalendarDay.init(iso:))
      }.sorted()
    }
    summary.openAgreementsWithoutDay = max(0, fields["openAgreementsWithoutDay"]?.integer ?? 0)
    var fingerprint: FileFingerprint?
    if let file = fields["file"]?.dictionary, let size = file["size"]?.integer,
      let modified = file["modified"]?.integer, let inode = file["inode"]?.integer
    {
      fingerprint = FileFingerprint(size: size, modifiedNanoseconds: modified, inode: inode)
    }
    return Entry(summary: summary, fingerprint: fingerprint)
  }

  /// A meeting's date as version 10 and earlier stored it.
  private static func meetingDate(_ value: PlistValue) -> CommunitySummary.MeetingDate? {
    guard let date = value.dictionary,
      let day = date["day"]?.string.flatMap(CalendarDay.init(iso:))
    else { return nil }
    return CommunitySummary.MeetingDate(
      day: day, time: date["time"]?.string.flatMap(TimeOfDay.init(text:)),
      hasStarted: date["hasStarted"]?.bool ?? false)
  }

  static func entryValue(_ entry: Entry) -> PlistValue {
    let summary = entry.summary
    var fields: PlistDictionary = [
      "id": .uuid(summary.id),
      "name": .string(summary.name),
      "subject": .string(summary.subject),
      "phase": .integer(summary.phase.number),
      "memberCount": .integer(summary.memberCount),
      "schoolCount": .integer(summary.schoolCount),
      "meetings": .string(CompactDates.line(summary.meetingDates)),
      "openDue": .string(CompactDates.line(summary.openAgreementDueDays)),
      "openAgreementsWithoutDay": .integer(summary.openAgreementsWithoutDay),
    ]
    fields["phaseSince"] = summary.phaseSince.map { .string($0.iso) }
    if let print = entry.fingerprint {
      fields["file"] = .dictionary([
        "size": .integer(print.size), "modified": .integer(print.modifiedNanoseconds),
        "inode": .integer(print.inode),
      ])
    }
    return .dictionary(fields)
  }
}
