import CoachCore
import CoachUI
import Foundation

/// Writes the minutes of a meeting, or the calendar, for the full-screen program: into `<store>/exports/`
/// under a name that says what it is, or where the coach typed (a folder gets that name).
/// A file that is there already is only replaced once the coach said yes.
struct MinutesExport {
  let storeDirectory: URL
  let language: Language
  let today: CalendarDay
  var home: String = FileManager.default.homeDirectoryForCurrentUser.path

  /// The event that answers `.exportMinutes`: the absolute path written, the question
  /// whether to replace a file, or the reason why not.
  func perform(_ community: Community, meeting: UUID, path: String?, replacing: String? = nil)
    -> Event
  {
    let name = ExportFileName.minutes(community, meeting: meeting, language: language)
    return write(name: name, typed: path, replacing: replacing) {
      .exportMinutes(community, meeting: meeting, path: path, replacing: $0)
    } text: {
      MinutesMarkdown.render(community, meeting: meeting, language: language, today: today)
    }
  }

  /// The event that answers `.exportCalendar`: the community's meetings as an .ics file.
  func performCalendar(
    _ community: Community, path: String?, replacing: String? = nil, now: Date,
    timeZone: TimeZone
  ) -> Event {
    write(name: ExportFileName.calendar(community), typed: path, replacing: replacing) {
      .exportCalendar(community, path: path, replacing: $0)
    } text: {
      MeetingCalendar.render(community, language: language, now: now, timeZone: timeZone)
    }
  }

  /// Writes `text` to the typed path (a folder gets `name`) or the exports folder. An
  /// existing file is replaced only if it is `replacing`; otherwise the answer asks, with
  /// the effect `retry` makes for that file.
  func write(
    name: String, typed: String?, replacing: String?, retry: (String) -> Effect,
    text: () -> String
  ) -> Event {
    do {
      let target = try destination(name: name, typed: typed)
      switch target {
      case .standardOutput, .descriptor:
        // The terminal is the program's screen.
        throw CLIError.streamInProgram(typed ?? "-")
      case .existingFile(let url, _) where url.path != replacing:
        return .exportWouldReplace(path: url.path, retry: retry(url.path))
      default:
        break
      }
      try ExportWriter.write(
        Data(text().utf8), to: target, replacing: true, waitForReader: false)
      return .exported(path: target.writtenPath ?? "")
    } catch {
      return .exportFailed(message: ErrorSentence.text(for: error, in: language))
    }
  }

  private func destination(name: String, typed: String?) throws -> ExportTarget {
    guard let typed, !typed.isEmpty else {
      let folder = storeDirectory.appendingPathComponent("exports", isDirectory: true)
      try makeFolder(folder)
      return try ExportDestination.target(folder.path + "/", defaultName: name, home: home)
    }
    return try ExportDestination.target(typed, defaultName: name, home: home)
  }

  /// The exports folder is private like the store (0700), and so are the files in it.
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
