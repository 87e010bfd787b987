import ArgumentParser
import CoachCore
import Foundation

extension PhaseCommand {
  /// Ticks an item of a phase's coach checklist (or takes the tick back), as `c` does on the
  /// phase guide. Items the data answer tick themselves and cannot be ticked by hand.
  struct Tick: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Tick an item of a phase's checklist (its id, as `phase check` shows it).")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Argument(help: "The item's id, e.g. 1.time.") var item: String
    @Option(help: "The day it was done, YYYY-MM-DD (default: today).") var date: String?
    @Option(help: "A remark of one line.") var remark: String = ""
    @Flag(help: "Take the tick back.") var undo = false

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        let wanted = item.trimmingCharacters(in: .whitespaces).lowercased()
        let language = context.language
        guard let found = PlaybookItem.all.first(where: { $0.id == wanted }) else {
          throw PhaseTickError.unknownItem(item, known: PlaybookItem.all.map(\.id))
        }
        guard found.check == nil else {
          throw PhaseTickError.answeredByData(found.text(language))
        }
        var day = context.today
        if let date {
          guard let parsed = CalendarDay(iso: date) else { throw CoachError.invalidDate(date) }
          day = parsed
        }
        var community = try context.community(scope.community)
        community.setTick(undo ? nil : ChecklistTick(day: day, remark: remark), on: found)
        try context.store().save(community)
        print(
          PhaseTickError.done(found.text(language), ticked: !undo, day: day.iso, language))
      }
    }
  }
}

/// What `phase tick` says, in both languages.
enum PhaseTickError: CommandLineSentence, Equatable {
  case unknownItem(String, known: [String])
  case answeredByData(String)

  func sentence(_ language: Language) -> String {
    let nl = language == .nl
    switch self {
    case .unknownItem(let item, let known):
      return nl
        ? "Er is geen checklistpunt “\(item)”. Kies uit: \(known.joined(separator: ", "))."
        : "There is no checklist item “\(item)”. Choose from: \(known.joined(separator: ", "))."
    case .answeredByData(let text):
      return nl
        ? "“\(text)” vinkt zichzelf af uit de gegevens; het kan niet met de hand."
        : "“\(text)” is ticked by the data themselves, not by hand."
    }
  }

  static func done(_ text: String, ticked: Bool, day: String, _ language: Language) -> String {
    switch (language, ticked) {
    case (.nl, true): "Afgevinkt: \(text) (\(day))."
    case (.nl, false): "Vinkje weggenomen: \(text)."
    case (_, true): "Ticked: \(text) (\(day))."
    case (_, false): "Tick taken back: \(text)."
    }
  }
}
