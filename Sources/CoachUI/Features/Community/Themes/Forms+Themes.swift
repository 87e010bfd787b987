import CoachCore
import Foundation

extension Forms {
  /// A theme: its title, description, teachers (Tab completes names) and status.
  static func theme(_ existing: WorkTheme?, in community: Community, _ context: CommunityContext)
    -> FormState
  {
    let t = context.strings.themes
    let language = context.language
    let statuses = WorkTheme.Status.allCases
    let purpose: ThemeForm =
      existing.map { .edit(community: community.id, theme: $0.id) } ?? .add(community: community.id)
    return FormState(
      purpose: .themes(purpose), title: existing == nil ? t.newTheme : t.editTheme,
      fields: [
        .init(
          id: .title, label: t.fieldTitle, kind: .text(TextField(existing?.title ?? "")),
          isRequired: true),
        .init(
          id: .description, label: t.fieldDescription,
          kind: .text(TextField(existing?.description ?? "", multiline: true))),
        memberField(existing?.members ?? [], in: community, label: t.fieldMembers, t),
        .init(
          id: .status, label: t.fieldStatus,
          kind: .choice(
            options: statuses.map { $0.label(language) },
            selected: statuses.firstIndex(of: existing?.status ?? .chosen) ?? 0)),
      ])
  }

  /// New output, or `existing` to correct.
  static func themeOutput(
    _ theme: WorkTheme, in community: Community, _ context: CommunityContext,
    existing: ThemeOutput? = nil
  ) -> FormState {
    let t = context.strings.themes
    let purpose: ThemeForm =
      existing.map { .editOutput(community: community.id, theme: theme.id, output: $0.id) }
      ?? .output(community: community.id, theme: theme.id)
    return FormState(
      purpose: .themes(purpose), title: t.newOutput(theme.title),
      fields: [
        .init(
          id: .title, label: t.fieldOutput, kind: .text(TextField(existing?.title ?? "")),
          isRequired: true),
        .init(
          id: .made, label: t.fieldMade,
          kind: .text(TextField((existing?.madeOn ?? context.today).iso)), isRequired: true),
        .init(
          id: .tried, label: t.fieldTried,
          kind: .text(TextField(existing?.triedInClassOn?.iso ?? "")),
          placeholder: t.triedPlaceholder),
        .init(
          id: .note, label: t.fieldNote,
          kind: .text(TextField(existing?.note ?? "", multiline: true))),
      ])
  }

  /// New moment, or `existing` to correct.
  static func themeMoment(
    _ theme: WorkTheme, in community: Community, _ context: CommunityContext,
    existing: ThemeMoment? = nil
  ) -> FormState {
    let t = context.strings.themes
    let kinds = ThemeMoment.Kind.allCases
    let purpose: ThemeForm =
      existing.map { .editMoment(community: community.id, theme: theme.id, moment: $0.id) }
      ?? .moment(community: community.id, theme: theme.id)
    return FormState(
      purpose: .themes(purpose), title: t.newMoment(theme.title),
      fields: [
        .init(
          id: .kind, label: t.fieldKind,
          kind: .choice(
            options: kinds.map { $0.label(context.language) },
            selected: existing.flatMap { kinds.firstIndex(of: $0.kind) } ?? 0)),
        .init(
          id: .date, label: t.fieldDay,
          kind: .text(TextField((existing?.day ?? context.today).iso)), isRequired: true),
        .init(
          id: .note, label: t.fieldNote,
          kind: .text(TextField(existing?.note ?? "", multiline: true))),
      ])
  }

  /// New subgroup, or `existing` to correct.
  static func themeSubgroup(
    _ theme: WorkTheme, in community: Community, _ context: CommunityContext,
    existing: ThemeSubgroup? = nil
  ) -> FormState {
    let t = context.strings.themes
    let purpose: ThemeForm =
      existing.map { .editSubgroup(community: community.id, theme: theme.id, subgroup: $0.id) }
      ?? .subgroup(community: community.id, theme: theme.id)
    return FormState(
      purpose: .themes(purpose), title: t.newSubgroup(theme.title),
      fields: [
        .init(
          id: .name, label: t.fieldName, kind: .text(TextField(existing?.name ?? "")),
          isRequired: true),
        memberField(existing?.members ?? [], in: community, label: t.fieldMembers, t),
      ])
  }

  private static func memberField(
    _ ids: [UUID], in community: Community, label: String, _ t: ThemeStrings
  ) -> FormState.Field {
    .init(
      id: .members, label: label,
      kind: .text(TextField(community.memberNames(ids).joined(separator: ", "))),
      placeholder: t.namesPlaceholder,
      completion: Completion(community.activeMembers.map(\.name), separator: ","))
  }
}
