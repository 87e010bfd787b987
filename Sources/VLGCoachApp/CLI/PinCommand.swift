import ArgumentParser
import CoachCore
import Foundation

/// `vlgcoach pin`: the PIN that guards the shared-terminal (kiosk) mode.
struct PinCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pin", abstract: "The PIN of the kiosk mode.", subcommands: [Set.self])

  struct Set: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Set the kiosk PIN (typed twice at the terminal, never as an argument).")
    @OptionGroup var options: StoreOptions

    func run() throws {
      // The terminal first: without one nothing is made, not even the store.
      let prompt: TerminalPINPrompt
      do {
        prompt = try TerminalPINPrompt()
      } catch {
        printError(ErrorSentence.text(for: error, in: options.language))
        throw ExitCode(1)
      }
      // Writing: the store is made when missing, and a running vlgcoach (a kiosk reading
      // the PIN) stops the change.
      try CommandContext.run(options, .writing) { context in
        let strings = PINStrings.forLanguage(context.language)
        let flow = PINSetFlow(directory: context.storeURL, strings: strings)
        if try flow.run(prompt) == .replacedDamaged {
          print(strings.replacedDamaged)
        }
        print(strings.saved)
      }
    }
  }
}
