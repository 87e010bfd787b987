import CoachCore
import Foundation

/// The shared terminal: teachers pick their name and fill in one checklist, one after
/// another. While a session is on, it has every key and the whole screen; only the coach's
/// PIN ends it.
public struct KioskSession: Equatable, Sendable {
  public enum Step: Equatable, Sendable {
    /// Waiting for the runtime to say whether a PIN was set.
    case checkingPIN
    /// The first kiosk without a PIN: the coach chooses one, typed twice.
    case choosePIN(first: String?, entry: String)
    case names
    /// A teacher answers; `question == count` is the "done?" step.
    case answering(member: UUID, question: Int)
    /// Submitted; the thanks come once the answers are on disk.
    case saving(member: UUID)
    case thanks(member: UUID, until: Date)
    /// Ctrl-Q: the coach types the PIN; Esc goes back to `resume`.
    case leaving(entry: String, resume: Resume)
    case checkingLeave(resume: Resume)
  }

  /// Where Esc at the PIN prompt goes back to.
  public enum Resume: Equatable, Sendable {
    case names
    case answering(member: UUID, question: Int)
  }

  public let communityID: UUID
  public let template: ChecklistTemplate
  public let meetingID: UUID?
  public let day: CalendarDay
  public let anonymous: Bool
  /// Started from the command line: leaving ends the program.
  public let quitsOnLeave: Bool
  public var step: Step = .checkingPIN
  public var selection = 0
  public var answers: [String: ChecklistAnswer] = [:]
  /// Who answered at this terminal in this session: in an anonymous round the only record
  /// of it, never written.
  public var answeredHere: Set<UUID> = []
  public var lockout = PINLockout()
  /// One calm sentence under the screen (a wrong PIN, a save that failed).
  public var message: String?

  public init(
    communityID: UUID, template: ChecklistTemplate, meetingID: UUID?, day: CalendarDay,
    anonymous: Bool, quitsOnLeave: Bool
  ) {
    self.communityID = communityID
    self.template = template
    self.meetingID = meetingID
    self.day = day
    self.anonymous = anonymous
    self.quitsOnLeave = quitsOnLeave
  }

  /// How long the thanks stay before the names come back.
  static let thanksSeconds: TimeInterval = 4
  static let pinDigits = 4...12

  static func isValidPIN(_ pin: String) -> Bool {
    pinDigits.contains(pin.count) && pin.allSatisfy { $0.isASCII && $0.isNumber }
  }
}
