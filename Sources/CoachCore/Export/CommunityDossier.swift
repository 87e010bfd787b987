import Foundation

/// The community dossier (`export dossier`): everything, meeting by meeting — the facts and
/// phase history, the members, the themes, and each meeting with its attendance, agenda
/// (notes in the minutes, decisions) and agreements made and followed up.
///
/// The coach's group-dynamics notes appear only when a `CoachNotebook` is handed over as
/// `includePrivate`; the document then says so at its very top.
public enum CommunityDossier {
  public static func render(
    _ community: Community, includePrivate notebook: CoachNotebook? = nil, language: Language,
    today: CalendarDay
  ) -> String {
    let context = CommunityDossierContext(community: community, language: language, today: today)
    return PrivateNotesSection.document(
      title: context.title,
      body: [context.facts] + context.phaseHistory + context.members + context.themes
        + context.meetings,
      notebook: notebook, community: community, language: language, words: context.words,
      document: context.document)
  }
}
