import ArgumentParser
import CoachCore
import Foundation

extension MemberCommand {
  struct Set: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Record how a member takes part, since when and why, their commitment, the day they joined, and the internal coach."
    )
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Argument(help: "The member: a name, a unique prefix of it or of one of its words, or an id.")
    var name: String
    @Option(help: "active, different (takes part differently) or stopped.") var participation:
      String?
    @Option(help: "Since when, YYYY-MM-DD (default: today, when the participation changes).")
    var since: String?
    @Option(help: "Why the member stopped or takes part differently.") var reason: String?
    @Option(help: "The day the member stated their commitment, YYYY-MM-DD.") var committed: String?
    @Option(
      help:
        "The day the member joined, YYYY-MM-DD: from then on they are on the meetings' attendance lists."
    )
    var joined: String?
    @Flag(
      inversion: .prefixedNo, exclusivity: .exclusive,
      help: "Whether the member coaches the group from within (phase 5); a stopped member cannot.")
    var internalCoach: Bool?

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        guard
          participation != nil || since != nil || reason != nil || committed != nil
            || joined != nil || internalCoach != nil
        else { throw MemberStatusError.nothingToChange }
        var community = try context.community(scope.community)
        let member = try community.resolveMember(name)
        let wasCoach = community.internalCoach == member.id
        try community.updateMember(
          id: member.id, with: try draft(for: member), today: context.today)
        switch internalCoach {
        case true?: try community.setInternalCoach(member.id)
        case false? where wasCoach: try community.setInternalCoach(nil)
        default: break
        }
        try context.store().save(community)
        report(member.id, wasCoach: wasCoach, in: community, context)
      }
    }

    /// The member as they were, with what the command line changes.
    private func draft(for member: Member) throws -> MemberDraft {
      var draft = MemberDraft(member)
      if let participation {
        let word = TextCleaning.line(participation).lowercased()
        guard let value = Participation(rawValue: word) else {
          throw MemberStatusError.unknownParticipation(participation)
        }
        if value != member.participation {
          // A new way of taking part: its own day (today unless given) and its own reason.
          draft.participationSince = nil
          draft.participationReason = ""
        }
        draft.participation = value
      }
      if draft.participation == .active, since != nil || reason != nil {
        throw MemberStatusError.activeHasNoSince
      }
      if let since { draft.participationSince = try CommandInput.day(since) }
      if let reason { draft.participationReason = reason }
      if let committed { draft.committedOn = try CommandInput.day(committed) }
      if let joined { draft.joinedOn = try CommandInput.day(joined) }
      return draft
    }

    private func report(
      _ id: UUID, wasCoach: Bool, in community: Community, _ context: CommandContext
    ) {
      guard let member = community.member(withID: id) else { return }
      let strings = MemberStatusStrings.forLanguage(context.language)
      print(
        strings.saved(
          member.name, strings.participation(of: member, context.language),
          member.committedOn?.iso))
      let isCoach = community.internalCoach == id
      if isCoach, !wasCoach || internalCoach == true {
        print(strings.isInternalCoach(member.name, community.name))
      } else if wasCoach, !isCoach {
        print(strings.noLongerInternalCoach(member.name, community.name))
      }
    }
  }
}
