import CoachCore

/// A word on the command line that no rule of the model covers: a mistyped kind or status,
/// a meeting number that is no number, a member named with two states, a missing folder.
/// Its sentence comes from `CLIStrings`, like every other text of the command line.
enum CLIError: Error, Equatable {
  case notAMeetingNumber(String)
  case unknownAgreementKind(String)
  case unknownStatus(String)
  case conflictingAttendance(member: String, Attendance, Attendance)
  case noAttendanceGiven
  case nothingToChange
  case folderMissing(String)
  case cannotWrite(String, reason: String)
  /// A file to import that cannot be opened or read.
  case cannotRead(String, reason: String)
  /// An export's file exists and `--force` was not given.
  case exportExists(String)
  /// A block device or a socket: no place for an export.
  case notWritableTarget(String)
  /// `-` or `/dev/stdout` typed in the full-screen program, whose screen that is.
  case streamInProgram(String)
  /// `--school` named no school of the community (or several): the schools it has.
  case unknownSchool(String, schools: [String])

  func message(_ strings: CLIStrings, _ language: Language) -> String {
    switch self {
    case .notAMeetingNumber(let text): strings.notAMeetingNumber(text)
    case .unknownAgreementKind(let text): strings.unknownAgreementKind(text)
    case .unknownStatus(let text): strings.unknownStatus(text)
    case .conflictingAttendance(let member, let first, let second):
      strings.conflictingAttendance(member, first.label(language), second.label(language))
    case .noAttendanceGiven: strings.noAttendanceGiven
    case .nothingToChange: strings.nothingToChange
    case .folderMissing(let path): strings.folderMissing(path)
    case .cannotWrite(let path, let reason): strings.cannotWrite(path, reason)
    case .cannotRead(let path, let reason): strings.cannotReadFile(path, reason)
    case .exportExists(let path): strings.exportExists(path)
    case .notWritableTarget(let path): strings.notWritableTarget(path)
    case .streamInProgram(let path): strings.streamInProgram(path)
    case .unknownSchool(let text, let schools): strings.unknownSchool(text, schools)
    }
  }
}
