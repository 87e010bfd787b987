/// The agreements in the minutes: the follow-up of earlier ones, and the ones made.
extension MinutesContext {
  /// Every agreement this meeting had to review, with the outcome recorded in this meeting
  /// (open when it was not looked at here).
  var review: [String] {
    let agreements = community.agreementsToReview(in: meeting.id).sorted { $0.number < $1.number }
    guard !agreements.isEmpty else { return [section(words.reviewSection), words.nothingToReview] }
    let rows = agreements.map { agreement in
      let here = agreement.reviews.last(where: { $0.meetingID == meeting.id })
      return [
        "\(agreement.number)", kind(agreement.kind), agreement.text, ownerNames(agreement),
        (here?.outcome ?? .open).label(language),
        "\(community.timesCarriedOver(agreement, today: asOf))", here?.note ?? "",
      ]
    }
    let header = [
      words.number, words.kind, words.what, words.who, words.status, words.timesCarriedOver,
      words.note,
    ]
    return [section(words.reviewSection), MarkdownTable.render(header: header, rows: rows)]
  }

  /// The agreements made in this meeting, with the day they are due when it is known.
  var agreementsMade: [String] {
    let agreements = community.agreementsMade(in: meeting.id).sorted { $0.number < $1.number }
    guard !agreements.isEmpty else { return [section(words.madeSection), words.noAgreements] }
    let rows = agreements.map { agreement in
      [
        "\(agreement.number)", kind(agreement.kind), agreement.text, ownerNames(agreement),
        community.dueDay(agreement)?.iso ?? words.nextMeeting,
      ]
    }
    let header = [words.number, words.kind, words.what, words.who, words.due]
    return [section(words.madeSection), MarkdownTable.render(header: header, rows: rows)]
  }

  /// "(a) afwerken": the research's letter and the kind's name.
  private func kind(_ kind: AgreementKind) -> String {
    "(\(kind.letter)) " + kind.label(language)
  }
}
