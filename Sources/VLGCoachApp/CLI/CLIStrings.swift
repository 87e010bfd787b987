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

  // phase set
  let phaseMoved: @Sendable (_ community: String, _ phase: Int, _ since: String) -> String

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

  static func forLanguage(_ language: Language) -> CLIStrings {
    switch language {
    case .nl: .dutch
    case .en: .english
    }
  }
}
