import ArgumentParser
import CoachCore
import Foundation

/// `vlgcoach kiosk`: the shared terminal where teachers fill in a checklist one after another.
struct KioskCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kiosk",
    abstract: "Let teachers fill in a checklist, one after another, at a shared terminal.",
    discussion: """
      The terminal shows only the teachers' names and the checklist. Ctrl-C, Ctrl-Z, Ctrl-\\, \
      q and Esc do not end it; the coach leaves with Ctrl-Q and the PIN (set with \
      `vlgcoach pin set`, or chosen at the first start).
      """)

  @OptionGroup var options: StoreOptions
  @OptionGroup var scope: CommunityOption
  @Option(help: "The checklist: its id or (part of) its title (default: the meeting evaluation).")
  var checklist: String?
  @Flag(help: "Keep the answers without names.") var anonymous = false

  func run() throws {
    let start = KioskStart(community: scope.community, checklist: checklist, anonymous: anonymous)
    let code = TUISession(options: options, themeName: nil, demo: false, kiosk: start).run()
    if code != 0 { throw ExitCode(code) }
  }
}

/// What `vlgcoach kiosk` asked for, resolved once the store is open.
struct KioskStart {
  let community: String
  let checklist: String?
  let anonymous: Bool
}
