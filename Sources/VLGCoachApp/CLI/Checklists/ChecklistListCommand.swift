import ArgumentParser
import CoachCore
import Foundation

extension ChecklistCommand {
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "List the checklists (id, title, version, questions); with --community also the rounds held."
    )
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: OptionalCommunityOption

    func run() throws {
      try CommandContext.run(options, .reading) { context in
        let community = try scope.community.map { try context.community($0) }
        let own = context.readablePlaybook().checklists
        print(Self.text(community, own: own, language: context.language))
      }
    }

    /// Each checklist on a line; under it, with a community, its rounds oldest first.
    static func text(
      _ community: Community?, own: [ChecklistTemplate] = [], language: Language
    ) -> String {
      let strings = ChecklistStrings.forLanguage(language)
      let catalog = ChecklistCatalog(
        custom: (community?.checklistRounds.map(\.template) ?? []) + own)
      var lines: [String] = []
      for template in catalog.templates {
        lines.append(
          strings.checklistLine(
            template.id, template.title(language), template.version, template.questions.count))
        guard let community else { continue }
        let rounds = community.checklistRounds(templateID: template.id)
        if rounds.isEmpty { lines.append("  " + strings.notAnsweredYet) }
        for round in rounds {
          lines.append(
            "  "
              + strings.roundLine(
                round.day.iso, round.meetingID.flatMap { community.meetingNumber($0) },
                round.responses.count, round.anonymous))
        }
      }
      return lines.joined(separator: "\n")
    }
  }
}
