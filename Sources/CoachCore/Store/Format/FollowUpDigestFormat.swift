import Foundation

/// The follow-up's digest of one community on disk (`cache/follow-up/<id>.plist`): its open
/// agreements as `FollowUpEntry` values, with the fingerprint of the community file they were
/// made from. A cache, never the truth: anything odd in it (another format, a fingerprint
/// that no longer matches, a value that does not read or is not clean text) makes the whole
/// file count as missing, and the digest is made again from the community file.
enum FollowUpDigestFormat {
  /// Raised when the shape of the digest changes; other formats are made again.
  static let format = 1
  static let folder = "cache/follow-up"

  static func encode(_ digest: FollowUpDigest, source: FileFingerprint) -> Data {
    let entries = digest.entries.map { entry -> PlistValue in
      var fields: PlistDictionary = [
        "id": .uuid(entry.id),
        "number": .integer(entry.number),
        "kind": .string(entry.kind.rawValue),
        "text": .string(entry.text),
        "owners": .array(entry.ownerNames.map { .string($0) }),
        "carriedFrom": .integer(entry.carried.lowerBound),
        "carried": .integer(entry.carried.count),
        "status": .string(entry.status.rawValue),
      ]
      switch entry.due {
      case .nextMeeting: fields["due"] = .string("next-meeting")
      case .day(let day): fields["due"] = .string(day.iso)
      }
      if let made = entry.madeInNumber { fields["made"] = .integer(made) }
      if let day = entry.dueDay { fields["dueDay"] = .string(day.iso) }
      if let number = entry.dueMeetingNumber { fields["dueMeeting"] = .integer(number) }
      return .dictionary(fields)
    }
    return PlistXMLWriter.data(
      .dictionary([
        "format": .integer(format),
        "source": .dictionary([
          "size": .integer(source.size), "modified": .integer(source.modifiedNanoseconds),
          "inode": .integer(source.inode),
        ]),
        "id": .uuid(digest.communityID),
        "name": .string(digest.communityName),
        "meetingDays": .string(digest.meetingDays.map(\.iso).joined(separator: " ")),
        "agreements": .array(entries),
      ]))
  }

  /// The digest of community `id` if `data` holds one made from the file with `source`.
  static func decode(_ data: Data, id: UUID, source: FileFingerprint) -> FollowUpDigest? {
    guard let parsed = try? PlistXMLReader.parse(data), !parsed.hadInvalidText,
      let top = parsed.value.dictionary, top["format"]?.integer == format,
      let stored = top["source"]?.dictionary,
      stored["size"]?.integer == source.size,
      stored["modified"]?.integer == source.modifiedNanoseconds,
      stored["inode"]?.integer == source.inode,
      top["id"]?.uuid == id,
      let name = top["name"]?.string, isCleanLine(name),
      let dayLine = top["meetingDays"]?.string,
      let list = top["agreements"]?.array
    else { return nil }
    var meetingDays: [CalendarDay] = []
    for token in dayLine.split(separator: " ") {
      guard let day = CalendarDay(iso: String(token)) else { return nil }
      meetingDays.append(day)
    }
    var entries: [FollowUpEntry] = []
    entries.reserveCapacity(list.count)
    // One copy of each owner's name for all their agreements.
    var names: [String: String] = [:]
    for value in list {
      guard let entry = self.entry(value, meetings: meetingDays.count, names: &names) else {
        return nil
      }
      entries.append(entry)
    }
    return FollowUpDigest(
      communityID: id, communityName: name, meetingDays: meetingDays, entries: entries)
  }

  private static func entry(
    _ value: PlistValue, meetings: Int, names: inout [String: String]
  ) -> FollowUpEntry? {
    guard let fields = value.dictionary,
      let id = fields["id"]?.uuid,
      let number = fields["number"]?.integer, StoredLimits.agreementNumbers.contains(number),
      let kind = fields["kind"]?.string.flatMap(AgreementKind.init(rawValue:)),
      let text = fields["text"]?.string, text.count <= StoredLimits.text,
      TextCleaning.multiline(text) == text,
      let ownerValues = fields["owners"]?.array,
      let carriedFrom = fields["carriedFrom"]?.integer, let carried = fields["carried"]?.integer,
      carriedFrom >= 0, carried >= 0, carried <= meetings - carriedFrom,
      let status = fields["status"]?.string.flatMap(AgreementOutcome.init(rawValue:)),
      let dueText = fields["due"]?.string
    else { return nil }
    var owners: [String] = []
    for owner in ownerValues {
      guard let name = owner.string, isCleanLine(name) else { return nil }
      if let known = names[name] {
        owners.append(known)
      } else {
        names[name] = name
        owners.append(name)
      }
    }
    let due: Agreement.Due
    if dueText == "next-meeting" {
      due = .nextMeeting
    } else {
      guard let day = CalendarDay(iso: dueText) else { return nil }
      due = .day(day)
    }
    guard let made = optionalNumber(fields["made"]),
      let dueMeeting = optionalNumber(fields["dueMeeting"]),
      let dueDay = optionalDay(fields["dueDay"])
    else { return nil }
    return FollowUpEntry(
      id: id, number: number, kind: kind, text: text, ownerNames: owners, madeInNumber: made,
      due: due, dueDay: dueDay, dueMeetingNumber: dueMeeting,
      carried: carriedFrom..<(carriedFrom + carried),
      status: status)
  }

  private static func isCleanLine(_ text: String) -> Bool {
    text.count <= StoredLimits.line && TextCleaning.line(text) == text
  }

  /// `.some(nil)` when absent, nil when present but not a meeting number.
  private static func optionalNumber(_ value: PlistValue?) -> Int?? {
    guard let value else { return .some(nil) }
    guard let number = value.integer, (1...1_000_000).contains(number) else { return nil }
    return .some(number)
  }

  private static func optionalDay(_ value: PlistValue?) -> CalendarDay?? {
    guard let value else { return .some(nil) }
    guard let day = value.string.flatMap({ CalendarDay(iso: $0) }) else { return nil }
    return .some(day)
  }
}
