import Foundation
import Testing

/// Steps several tests share, in the English texts of `UIStrings.english`.
enum Steps {
  static let emptyHome = "No learning communities yet"
  static let newCommunityForm = "New learning community"
  static let newMemberForm = "New member"

  /// Starts `vlgcoach` on `scratch`'s store (English unless `arguments` say otherwise).
  static func start(
    _ scratch: Scratch, _ arguments: [String] = ["--lang", "en"], lang: String = "C.UTF-8",
    width: Int = 80, height: Int = 24
  ) throws -> TmuxSession {
    try TmuxSession(
      arguments + ["--store", scratch.store.path], environment: scratch.environment(lang: lang),
      width: width, height: height)
  }

  /// On the home screen: `a`, the name, Tab, the subject, Enter (to the schools field),
  /// Ctrl-S; waits until the new community is the selected row of the list.
  static func addCommunity(_ session: TmuxSession, name: String, subject: String) async throws {
    try session.sendKeys("a")
    try await session.waitFor(text: newCommunityForm)
    try session.type(name)
    try session.sendKeys("Tab")
    try session.type(subject)
    try session.sendKeys("Enter")
    try session.sendKeys("C-s")
    try await session.waitFor("“\(name)” selected in the list") { screen in
      !screen.contains(newCommunityForm) && screen.contains("▸ " + name)
    }
  }

  /// Quits from the home screen with `q` and expects exit status 0 and a sane terminal.
  static func quit(_ session: TmuxSession) async throws {
    try session.sendKeys("q")
    let (status, screen) = try await session.waitForExit()
    #expect(status == 0, "exit status \(status)\n\(screen)")
    try expectSaneTerminal(session, screen)
  }
}

extension String {
  /// The screen's text with every run of whitespace (line breaks included) made one space,
  /// for messages the program wraps over several lines.
  var flattened: String {
    split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  /// The rows of a captured screen.
  var rows: [Substring] { split(separator: "\n", omittingEmptySubsequences: false) }
}
