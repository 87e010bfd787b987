import ArgumentParser
import CoachCore
import Foundation

/// `vlgcoach`: without a subcommand it opens the full-screen program.
public struct VLGCoachCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "vlgcoach",
    abstract: "The process coach's instrument for subject-didactic learning communities (VLGs).",
    discussion: "Without a subcommand, vlgcoach opens the full-screen program.",
    subcommands: [
      CommunityCommand.self, MemberCommand.self, PhaseCommand.self, MeetingCommand.self,
      AgreementCommand.self, ThemeCommand.self, NoteCommand.self, SearchCommand.self,
      ChecklistCommand.self, ProtocolCommand.self, ExportCommand.self, CheckCommand.self,
      KioskCommand.self,
      PinCommand.self,
    ])

  @OptionGroup var options: StoreOptions

  @Option(help: "Colour theme: default, high-contrast, monochrome, or a theme file's path.")
  var theme: String?

  @Flag(help: "Open a temporary store with sample communities; the real store is not touched.")
  var demo = false

  public init() {}

  public func run() throws {
    let code = TUISession(options: options, themeName: theme, demo: demo).run()
    if code != 0 { throw ExitCode(code) }
  }
}
