import CoachCore
import CursesTerminal

/// The one place that turns an error into the sentence a coach reads, for the subcommands
/// and for the start of the full-screen program alike.
enum ErrorSentence {
  /// `writing`: the error ended a command that wanted to change the store. Such a command
  /// blocked by a running vlgcoach is told to close it, not that "this copy is read-only".
  static func text(for error: Error, in language: Language, writing: Bool = false) -> String {
    let strings = CLIStrings.forLanguage(language)
    switch error {
    case StoreError.readOnly(.lockedByOtherInstance(let pid)) where writing:
      return strings.storeInUse(pid)
    case let error as StoreError:
      return error.message(language)
    case let error as CoachError:
      return error.message(language)
    case let error as ChecklistError:
      return error.message(language)
    case let error as PlaybookError:
      return error.message(language)
    case let error as CLIError:
      return error.message(strings, language)
    case let error as CommandLineSentence:
      return error.sentence(language)
    case ThemeLocator.Failure.notFound(let name, let available):
      return strings.themeNotFound(name, available)
    case ThemeLocator.Failure.unreadable(let path, let reason):
      return strings.themeUnreadable(path, reason)
    case TerminalError.notATerminal:
      return strings.needsTerminal
    case TerminalError.cannotStart(let reason):
      return strings.cannotStartTerminal(reason)
    default:
      return String(describing: error)
    }
  }
}
