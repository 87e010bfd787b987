import Foundation

/// A theme as stored, with the keys kept from a newer version put back where they were.
struct ThemeWriter {
  let residue: Residue

  func theme(_ theme: WorkTheme) -> PlistValue {
    var fields: PlistDictionary = [
      "id": .uuid(theme.id),
      "title": .string(theme.title),
      "description": .string(theme.description),
      "members": ids(theme.members),
      "status": .string(theme.status.rawValue),
    ]
    // Written only when there are any, so a theme without them reads as in version 5.
    if !theme.subgroups.isEmpty { fields["subgroups"] = .array(theme.subgroups.map(subgroup)) }
    if !theme.outputs.isEmpty { fields["outputs"] = .array(theme.outputs.map(output)) }
    if !theme.moments.isEmpty { fields["moments"] = .array(theme.moments.map(moment)) }
    residue.restore(into: &fields, at: "theme/\(theme.id.text)")
    return .dictionary(fields)
  }

  private func subgroup(_ group: ThemeSubgroup) -> PlistValue {
    var fields: PlistDictionary = [
      "id": .uuid(group.id),
      "name": .string(group.name),
      "members": ids(group.members),
    ]
    residue.restore(into: &fields, at: "subgroup/\(group.id.text)")
    return .dictionary(fields)
  }

  private func output(_ output: ThemeOutput) -> PlistValue {
    var fields: PlistDictionary = [
      "id": .uuid(output.id),
      "title": .string(output.title),
      "madeOn": .string(output.madeOn.iso),
      "note": .string(output.note),
    ]
    fields["triedInClassOn"] = output.triedInClassOn.map { .string($0.iso) }
    residue.restore(into: &fields, at: "output/\(output.id.text)")
    return .dictionary(fields)
  }

  private func moment(_ moment: ThemeMoment) -> PlistValue {
    var fields: PlistDictionary = [
      "id": .uuid(moment.id),
      "kind": .string(moment.kind.rawValue),
      "day": .string(moment.day.iso),
      "note": .string(moment.note),
    ]
    residue.restore(into: &fields, at: "moment/\(moment.id.text)")
    return .dictionary(fields)
  }

  private func ids(_ ids: [UUID]) -> PlistValue { .array(ids.map { .uuid($0) }) }
}
