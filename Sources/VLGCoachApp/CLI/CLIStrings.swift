import CoachCore

/// Every sentence the command line and the start of the full-screen program print, one
/// instance per language. A missing translation is a compile error, because each instance
/// must fill every field.
struct CLIStrings: Sendable {
  // community add / list
  let addedCommunity: @Sendable (_ name: String) -> String
  let noCommunities: String
  let communityHeader: [String]
  let phaseCell: @Sendable (_ number: Int) -> String

  // member add / list
  let addedMember: @Sendable (_ member: String, _ community: String) -> String
  let noMembers: @Sendable (_ community: String) -> String
  let memberHeader: [String]

  // member import
  let importedMembers: @Sendable (_ count: Int, _ community: String) -> String
  let alreadyMember: @Sendable (_ line: Int, _ name: String) -> String
  /// One problem of an import file, on the line of the file it is about.
  let importLine: @Sendable (_ line: Int, _ problem: String) -> String
  let cannotReadFile: @Sendable (_ path: String, _ reason: String) -> String

  // phase set
  let phaseMoved: @Sendable (_ community: String, _ phase: Int, _ since: String) -> String

  // meeting add / list / attend
  let plannedMeeting:
    @Sendable (_ number: Int, _ day: String, _ time: String?, _ community: String) -> String
  /// Why `meeting add` without --date chose its day (the monthly rule).
  let plannedFourWeeksAfter: @Sendable (_ meeting: Int) -> String
  let plannedSameWeekdayAfter: @Sendable (_ meeting: Int) -> String
  let plannedFourWeeksFromToday: String
  let noMeetings: @Sendable (_ community: String) -> String
  let meetingHeader: [String]
  /// Present or late, of those on the meeting's attendance list (as the screens count).
  let attendanceCell: @Sendable (_ attended: Int, _ onList: Int) -> String
  let attendanceRecorded: @Sendable (_ meeting: Int, _ attended: Int, _ onList: Int) -> String

  // agreement add / list / close
  let addedAgreement: @Sendable (_ number: Int, _ meeting: Int, _ community: String) -> String
  let noAgreements: String
  let noOpenAgreements: String
  let agreementHeader: [String]
  /// Due at the next meeting, with its day once that meeting is planned.
  let dueNextMeeting: @Sendable (_ day: String?) -> String
  let overdueMark: String
  let reviewedAgreement: @Sendable (_ number: Int, _ status: String, _ meeting: Int?) -> String
  let editedAgreement: @Sendable (_ number: Int) -> String
  let deletedAgreement: @Sendable (_ number: Int) -> String

  // export
  let wroteFile: @Sendable (_ path: String) -> String

  // Words on the command line that no rule of the model covers (`CLIError`)
  let notAMeetingNumber: @Sendable (_ given: String) -> String
  let unknownAgreementKind: @Sendable (_ given: String) -> String
  let unknownStatus: @Sendable (_ given: String) -> String
  let conflictingAttendance:
    @Sendable (_ member: String, _ first: String, _ second: String) -> String
  let noAttendanceGiven: String
  let nothingToChange: String
  let folderMissing: @Sendable (_ path: String) -> String
  let cannotWrite: @Sendable (_ path: String, _ reason: String) -> String
  let exportExists: @Sendable (_ path: String) -> String
  /// `export report --school` named no school of the community: which ones it has.
  let unknownSchool: @Sendable (_ typed: String, _ schools: [String]) -> String
  let notWritableTarget: @Sendable (_ path: String) -> String
  let streamInProgram: @Sendable (_ path: String) -> String

  // check
  let healthyStore: @Sendable (_ path: String, _ communities: Int) -> String

  // Options and the store
  let invalidLanguage: @Sendable (_ given: String) -> String
  /// A command that wants to write found the store held by a running vlgcoach.
  let storeInUse: @Sendable (_ pid: Int32?) -> String

  // The full-screen program
  let needsTerminal: String
  let cannotStartTerminal: @Sendable (_ reason: String) -> String
  let themeNotFound: @Sendable (_ name: String, _ available: [String]) -> String
  let themeUnreadable: @Sendable (_ path: String, _ reason: String) -> String
  /// Printed by the crash handler once the terminal is back.
  let crashed: String

  static func forLanguage(_ language: Language) -> CLIStrings {
    switch language {
    case .nl: .dutch
    case .en: .english
    }
  }
}
