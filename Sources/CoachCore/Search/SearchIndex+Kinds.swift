import Foundation

/// What each kind of hit searches, in its natural order. A new kind is a case of
/// `SearchHitKind`, its arm in `SearchIndex.entries` and a function here.
extension SearchIndex {
  /// The community's name, with its subject (matched, not shown).
  static func communityNames(_ community: Community) -> [SearchEntry] {
    [SearchEntry(.communityName, .community, text: community.name, also: [community.subject])]
  }

  /// By name; a member's school is matched too.
  static func members(_ community: Community) -> [SearchEntry] {
    community.members.sorted { NameOrder.ascending($0.name, $1.name) }.map {
      SearchEntry(.member, .member($0.id), text: $0.name, also: [$0.school])
    }
  }

  /// By meeting date, then in agenda order; the presenter is matched too.
  static func agendaItems(_ community: Community) -> [SearchEntry] {
    community.meetingsInOrder.flatMap { meeting in
      meeting.agenda.map { item in
        SearchEntry(
          .agendaItem, .agendaItem(meeting: meeting.id, item: item.id), text: item.title,
          also: [item.presenter], day: meeting.day)
      }
    }
  }

  /// By meeting date: each agenda item's notes in agenda order, then the meeting's own.
  static func minutesNotes(_ community: Community) -> [SearchEntry] {
    community.meetingsInOrder.flatMap { meeting in
      let items = meeting.agenda.filter { !$0.notes.isEmpty }.map { item in
        SearchEntry(
          .minutesNote, .agendaItem(meeting: meeting.id, item: item.id), text: item.notes,
          day: meeting.day)
      }
      let general =
        meeting.notes.isEmpty
        ? []
        : [
          SearchEntry(
            .minutesNote, .meetingNotes(meeting: meeting.id), text: meeting.notes,
            day: meeting.day)
        ]
      return items + general
    }
  }

  /// By meeting date, in agenda order, in the order they were taken.
  static func decisions(_ community: Community) -> [SearchEntry] {
    community.meetingsInOrder.flatMap { meeting in
      meeting.agenda.flatMap { item in
        item.decisions.map {
          SearchEntry(
            .decision, .agendaItem(meeting: meeting.id, item: item.id), text: $0,
            day: meeting.day)
        }
      }
    }
  }

  /// By number: the order they were made in.
  static func agreements(_ community: Community) -> [SearchEntry] {
    community.agreements.sorted { $0.number < $1.number }.map { agreement in
      SearchEntry(
        .agreement, .agreement(agreement.id, meeting: agreement.madeIn), text: agreement.text,
        day: community.meeting(withID: agreement.madeIn)?.day)
    }
  }

  /// In the community's order: title and description; its subgroups' names match too.
  static func themes(_ community: Community) -> [SearchEntry] {
    community.themes.map { theme in
      let text = theme.description.isEmpty ? theme.title : theme.title + " · " + theme.description
      return SearchEntry(.theme, .theme(theme.id), text: text, also: theme.subgroups.map(\.name))
    }
  }

  /// Theme by theme, by the day they were made: the title and the note.
  static func themeOutputs(_ community: Community) -> [SearchEntry] {
    community.themes.flatMap { theme in
      theme.outputs.sorted { $0.madeOn < $1.madeOn }.map { output in
        let text = output.note.isEmpty ? output.title : output.title + " · " + output.note
        return SearchEntry(.themeOutput, .theme(theme.id), text: text, day: output.madeOn)
      }
    }
  }

  /// Theme by theme, by day: the note (else the theme's title); the kind is matched too, in
  /// both languages (“toonmoment”, “showcase”).
  static func themeMoments(_ community: Community) -> [SearchEntry] {
    community.themes.flatMap { theme in
      theme.timeline.map { moment in
        SearchEntry(
          .themeMoment, .theme(theme.id), text: moment.note.isEmpty ? theme.title : moment.note,
          also: [moment.kind.rawValue, moment.kind.label.nl, moment.kind.label.en],
          day: moment.day)
      }
    }
  }

  /// The timeline, oldest first; the tags are matched too, in both languages.
  static func dynamicsNotes(_ notebook: CoachNotebook, _ community: Community) -> [SearchEntry] {
    notebook.timeline.map { note in
      let tags = note.tags.flatMap { [$0.key, $0.label.nl, $0.label.en] }
      return SearchEntry(.dynamicsNote, .note(note.id), text: note.text, also: tags, day: note.day)
    }
  }
}
