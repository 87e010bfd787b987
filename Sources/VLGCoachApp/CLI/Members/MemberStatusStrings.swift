import CoachCore

/// The texts of `member set` and of what `member list` shows of a member's participation,
/// commitment and the internal coach, one instance per language.
struct MemberStatusStrings: Sendable {
  /// How a member takes part: `active`, or since when and why not.
  let participation: @Sendable (_ label: String, _ since: String?, _ reason: String) -> String
  /// The column of `member list` after the participation: the day of the commitment.
  let committedHeader: String
  let internalCoachMark: String
  let saved: @Sendable (_ member: String, _ participation: String, _ committed: String?) -> String
  let isInternalCoach: @Sendable (_ member: String, _ community: String) -> String
  let noLongerInternalCoach: @Sendable (_ member: String, _ community: String) -> String

  // Words on the command line that no rule of the model covers (`MemberStatusError`)
  let unknownParticipation: @Sendable (_ given: String) -> String
  let activeHasNoSince: String
  let nothingToChange: String

  static func forLanguage(_ language: Language) -> MemberStatusStrings {
    language == .nl ? dutch : english
  }

  static let dutch = MemberStatusStrings(
    participation: { label, since, reason in
      label + (since.map { " sinds \($0)" } ?? "") + (reason.isEmpty ? "" : " (\(reason))")
    },
    committedHeader: "Engagement",
    internalCoachMark: "interne coach",
    saved: { member, participation, committed in
      "\(member) bewaard: \(participation)"
        + (committed.map { "; engagement uitgesproken op \($0)" } ?? "") + "."
    },
    isInternalCoach: { "\($0) is nu de interne coach van \($1)." },
    noLongerInternalCoach: { "\($0) is niet langer de interne coach van \($1)." },
    unknownParticipation: {
      "“\($0)” is geen deelname; kies active, different (neemt anders deel) of stopped (gestopt)."
    },
    activeHasNoSince:
      "--since en --reason horen bij wie gestopt is of anders deelneemt; geef ook --participation different of stopped.",
    nothingToChange:
      "Zeg wat er verandert met --participation, --since, --reason, --committed, --joined, --internal-coach of --no-internal-coach."
  )

  static let english = MemberStatusStrings(
    participation: { label, since, reason in
      label + (since.map { " since \($0)" } ?? "") + (reason.isEmpty ? "" : " (\(reason))")
    },
    committedHeader: "Committed",
    internalCoachMark: "internal coach",
    saved: { member, participation, committed in
      "Saved \(member): \(participation)" + (committed.map { "; committed on \($0)" } ?? "")
        + "."
    },
    isInternalCoach: { "\($0) is now the internal coach of \($1)." },
    noLongerInternalCoach: { "\($0) is no longer the internal coach of \($1)." },
    unknownParticipation: {
      "“\($0)” is not a way of taking part; choose active, different or stopped."
    },
    activeHasNoSince:
      "--since and --reason are for a member who stopped or takes part differently; give --participation different or stopped too.",
    nothingToChange:
      "Say what to change with --participation, --since, --reason, --committed, --joined, --internal-coach or --no-internal-coach."
  )

  /// A member's participation in one line: the label, since when, and why.
  func participation(of member: Member, _ language: Language) -> String {
    participation(
      member.participation.label(language), member.participationSince?.iso,
      TextCleaning.line(member.participationReason))
  }
}

/// A member's words on the command line that no rule of the model covers.
enum MemberStatusError: CommandLineSentence, Equatable {
  case unknownParticipation(String)
  /// `--since` or `--reason` for a member who stays, or becomes, active.
  case activeHasNoSince
  case nothingToChange

  func sentence(_ language: Language) -> String {
    let strings = MemberStatusStrings.forLanguage(language)
    switch self {
    case .unknownParticipation(let given): return strings.unknownParticipation(given)
    case .activeHasNoSince: return strings.activeHasNoSince
    case .nothingToChange: return strings.nothingToChange
    }
  }
}
