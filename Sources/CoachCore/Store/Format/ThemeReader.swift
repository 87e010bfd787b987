import Foundation

/// Reads a community's themes, validating every value: a theme needs an id and a title;
/// members, subgroups, outputs and moments that do not hold up are dropped and logged.
struct ThemeReader {
  let log: ReadLog

  /// Themes with an id and a title; a title twice is kept (the coach tells them apart), an
  /// id twice gets a new one. Member ids not of `members` are dropped.
  func themes(_ values: [PlistValue], members: [Member]) -> [WorkTheme] {
    let known = Set(members.map(\.id))
    var seen = Set<UUID>()
    return values.compactMap { value in
      let place = StoredRepair.Place.theme(value.dictionary?["title"]?.string ?? "?")
      guard let fields = FieldReader(value, place: place, log: log), let id = fields.uuid("id"),
        let title = fields.line("title"), !title.isEmpty
      else {
        log.repair(place, .entryDropped)
        return nil
      }
      fields.keepUnknown(known: StoredShape.themeKeys, at: "theme/\(id.text)")
      var theme = WorkTheme(
        id: id, title: title, description: fields.text("description") ?? "",
        members: memberIDs(fields.array("members"), known: known, place: place),
        status: fields.enumeration("status", WorkTheme.Status.self) ?? .chosen,
        subgroups: subgroups(fields.array("subgroups") ?? [], known: known, place: place),
        outputs: outputs(fields.array("outputs") ?? [], place: place),
        moments: moments(fields.array("moments") ?? [], place: place))
      if !seen.insert(theme.id).inserted {
        log.repair(place, .newID)
        theme = WorkTheme(
          title: theme.title, description: theme.description, members: theme.members,
          status: theme.status, subgroups: theme.subgroups, outputs: theme.outputs,
          moments: theme.moments)
        seen.insert(theme.id)
      }
      return theme
    }
  }

  /// Ids of members of the community, each once.
  private func memberIDs(_ values: [PlistValue]?, known: Set<UUID>, place: StoredRepair.Place)
    -> [UUID]
  {
    var ids: [UUID] = []
    for value in values ?? [] {
      guard let id = value.uuid, known.contains(id) else {
        log.repair(place, .valueReset(field: "members"))
        continue
      }
      if !ids.contains(id) { ids.append(id) }
    }
    return ids
  }

  private func subgroups(_ values: [PlistValue], known: Set<UUID>, place: StoredRepair.Place)
    -> [ThemeSubgroup]
  {
    var seen = Set<UUID>()
    return values.compactMap { value in
      guard let fields = FieldReader(value, place: place, log: log), let id = fields.uuid("id"),
        let name = fields.line("name"), !name.isEmpty, seen.insert(id).inserted
      else {
        log.repair(place, .valueReset(field: "subgroups"))
        return nil
      }
      fields.keepUnknown(known: StoredShape.subgroupKeys, at: "subgroup/\(id.text)")
      return ThemeSubgroup(
        id: id, name: name, members: memberIDs(fields.array("members"), known: known, place: place)
      )
    }
  }

  /// Outputs need a title and the day they were made; a trial day before it is dropped.
  private func outputs(_ values: [PlistValue], place: StoredRepair.Place) -> [ThemeOutput] {
    var seen = Set<UUID>()
    return values.compactMap { value in
      guard let fields = FieldReader(value, place: place, log: log), let id = fields.uuid("id"),
        let title = fields.line("title"), !title.isEmpty, let made = fields.day("madeOn"),
        seen.insert(id).inserted
      else {
        log.repair(place, .valueReset(field: "outputs"))
        return nil
      }
      fields.keepUnknown(known: StoredShape.outputKeys, at: "output/\(id.text)")
      var tried = fields.day("triedInClassOn")
      if let day = tried, day < made {
        log.repair(place, .valueReset(field: "triedInClassOn"))
        tried = nil
      }
      return ThemeOutput(
        id: id, title: title, madeOn: made, triedInClassOn: tried, note: fields.text("note") ?? "")
    }
  }

  private func moments(_ values: [PlistValue], place: StoredRepair.Place) -> [ThemeMoment] {
    var seen = Set<UUID>()
    return values.compactMap { value in
      guard let fields = FieldReader(value, place: place, log: log), let id = fields.uuid("id"),
        let kind = fields.enumeration("kind", ThemeMoment.Kind.self), let day = fields.day("day"),
        seen.insert(id).inserted
      else {
        log.repair(place, .valueReset(field: "moments"))
        return nil
      }
      fields.keepUnknown(known: StoredShape.momentKeys, at: "moment/\(id.text)")
      return ThemeMoment(id: id, kind: kind, day: day, note: fields.text("note") ?? "")
    }
  }
}
