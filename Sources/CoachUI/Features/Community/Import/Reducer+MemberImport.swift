import CoachCore
import Foundation

extension Forms {
  /// The CSV file to import members from.
  static func importMembers(community: UUID, _ s: UIStrings) -> FormState {
    let i = s.memberImport
    return FormState(
      purpose: .importMembers(community: community), title: i.title, subtitle: i.subtitle,
      fields: [
        .init(
          id: .path, label: i.fieldFile, kind: .text(TextField()), isRequired: true,
          placeholder: i.filePlaceholder)
      ])
  }
}

extension Reducer {
  /// The form names a file; the runtime reads it (a side effect) and answers `.fileRead`.
  static func applyImportForm(_ community: UUID, _ form: FormState, _ s: UIStrings) throws
    -> [Effect]
  {
    let path = TextCleaning.line(form.value(.path))
    if path.isEmpty { throw FormInputError(message: s.memberImport.filePlaceholder) }
    return [.readImportFile(community: community, path: path)]
  }

  /// The file's bytes: all rows imported with CoachCore's rules, or — when one is bad — none,
  /// and every problem listed with its line.
  static func importRead(
    _ data: Data, into id: UUID, path: String, _ state: inout AppState
  ) -> [Effect] {
    let i = state.strings.memberImport
    guard var community = state.library.loaded[id] else { return [] }
    do throws(MemberImportError) {
      let result = try community.importMembers(data, today: state.today)
      let already = result.alreadyMembers.map { TextCleaning.line($0.draft.name) }
      let label = i.imported(result.added.count, already)
      if result.added.isEmpty {
        state.flash = label
        return []
      }
      return change(&state, label: label) { $0.put(community) }
    } catch {
      let lines = error.problems.map { problem in
        let message = problem.message(state.language)
        return problem.line.map { i.line($0, message) } ?? message
      }
      state.overlays.append(.message(title: i.nothingImported, lines: [path] + lines))
      return []
    }
  }
}
