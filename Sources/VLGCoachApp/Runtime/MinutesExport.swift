import CoachCore
import CoachUI
import Foundation

/// Writes the minutes of a meeting, or the calendar, for the full-screen program: into `<store>/exports/`
/// under a name that says what it is, or where the coach typed (a folder gets that name).
struct MinutesExport {
  let storeDirectory: URL
  let language: Language
  let today: CalendarDay
  var home: String = FileManager.default.homeDirectoryForCurrentUser.path

  /// The event that answers `.exportMinutes`: the absolute path written, or the reason why not.
  func perform(_ community: Community, meeting: UUID, path: String?) -> Event {
    write(name: fileName(community, meeting: meeting), typed: path) {
      MinutesMarkdown.render(community, meeting: meeting, language: language, today: today)
    }
  }

  /// The event that answers `.exportCalendar`: the community's meetings as an .ics file.
  func performCalendar(_ community: Community, path: String?, now: Date, timeZone: TimeZone)
    -> Event
  {
    write(name: Self.slug(community.name) + ".ics", typed: path) {
      MeetingCalendar.render(community, language: language, now: now, timeZone: timeZone)
    }
  }

  /// Writes `text` atomically to the typed path (a folder gets `name`) or the exports folder.
  private func write(name: String, typed: String?, _ text: () -> String) -> Event {
    do {
      let target = try destination(name: name, typed: typed)
      do {
        try AtomicFile.write(Data(text().utf8), to: target, permissions: 0o644)
      } catch StoreError.writeFailed(_, let reason) {
        throw CLIError.cannotWrite(target.path, reason: reason)
      }
      return .exported(path: target.path)
    } catch {
      return .exportFailed(message: ErrorSentence.text(for: error, in: language))
    }
  }

  /// `VLG Handel Kempen`, 2026-12-08, meeting 3 → `vlg-handel-kempen-2026-12-08-bijeenkomst-3.md`.
  func fileName(_ community: Community, meeting: UUID) -> String {
    Self.fileName(community, meeting: meeting, language: language)
  }

  static func fileName(_ community: Community, meeting: UUID, language: Language) -> String {
    let day = community.meeting(withID: meeting)?.day.iso ?? "undated"
    let number = community.meetingNumber(meeting) ?? 0
    let word = language == .nl ? "bijeenkomst" : "meeting"
    return "\(slug(community.name))-\(day)-\(word)-\(number).md"
  }

  /// Lower-case ASCII letters and digits joined by hyphens: safe in any file system and
  /// in a mail attachment. Accents fold away (“Zoë” → “zoe”).
  static func slug(_ name: String) -> String {
    let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    var slug = ""
    for scalar in folded.unicodeScalars {
      if scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)) {
        slug.unicodeScalars.append(scalar)
      } else if !slug.isEmpty && !slug.hasSuffix("-") {
        slug += "-"
      }
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    return slug.isEmpty ? "vlg" : slug.lowercased()
  }

  private func destination(name: String, typed: String?) throws -> URL {
    guard let typed, !typed.isEmpty else {
      let folder = storeDirectory.appendingPathComponent("exports", isDirectory: true)
      try makeFolder(folder)
      return folder.appendingPathComponent(name)
    }
    return try ExportDestination.file(typed, defaultName: name, home: home)
  }

  /// The exports folder is private like the store (0700); the files in it are meant to be
  /// shared, so they are readable (0644).
  private func makeFolder(_ folder: URL) throws {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
      if isFolder.boolValue { return }
      throw StoreError.notADirectory(folder.path)
    }
    do {
      try FileManager.default.createDirectory(
        at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw StoreError.cannotCreateDirectory(folder.path, reason: Self.reason(error))
    }
  }

  private static func reason(_ error: Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(underlying.code)))
    }
    return nsError.localizedDescription
  }
}
