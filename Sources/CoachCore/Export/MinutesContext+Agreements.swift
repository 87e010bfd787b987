/// The agreements in the minutes: the follow-up of earlier ones (and those closed since the
/// previous meeting), and the ones made. Only what was recorded up to and in this meeting
/// counts, so the minutes never change afterwards.
extension MinutesContext {
  /// Every agreement this meeting had to review, with its status as of this meeting (the
  /// latest review up to and in it: partly stays partly), then those closed between meetings.
  var review: [String] {
    let agreements = community.agreementsToReview(in: meeting.id).sorted { $0.number < $1.number }
    var blocks = [section(words.reviewSection)]
    if agreements.isEmpty {
      blocks.append(words.nothingToReview)
    } else {
      let rows = agreements.map { agreement in
        let latest = community.latestReview(of: agreement, asOf: meeting.id)
        return [
          "\(agreement.number)", kind(agreement.kind), agreement.text, ownerNames(agreement),
          (latest?.outcome ?? .open).label(language), "\(timesCarriedOver(agreement))",
          latest?.note ?? "",
        ]
      }
      let header = [
        words.number, words.kind, words.what, words.who, words.status, words.timesCarriedOver,
        words.note,
      ]
      blocks.append(MarkdownTable.render(header: header, rows: rows))
    }
    return blocks + closedBetween
  }

  /// The agreements closed between the previous meeting and this one: off this meeting's
  /// review, but a reader of the minutes must still see what became of them.
  private var closedBetween: [String] {
    let closed = community.agreementsClosedBetweenMeetings(before: meeting.id)
    guard !closed.isEmpty else { return [] }
    let rows = closed.map { agreement, review in
      [
        "\(agreement.number)", kind(agreement.kind), agreement.text, ownerNames(agreement),
        review.outcome.label(language), words.day(review.day), review.note,
      ]
    }
    let header = [
      words.number, words.kind, words.what, words.who, words.status, words.date, words.note,
    ]
    return [
      "### " + MarkdownEscaping.heading(words.closedBetween),
      MarkdownTable.render(header: header, rows: rows),
    ]
  }

  /// The agreements made in this meeting, with the day they are due when one was agreed
  /// (else "next meeting": the day of a meeting planned later would change these minutes).
  var agreementsMade: [String] {
    let agreements = community.agreementsMade(in: meeting.id).sorted { $0.number < $1.number }
    guard !agreements.isEmpty else { return [section(words.madeSection), words.noAgreements] }
    let rows = agreements.map { agreement in
      let due: String
      switch agreement.due {
      case .day(let day): due = words.day(day)
      case .nextMeeting: due = words.nextMeeting
      }
      return [
        "\(agreement.number)", kind(agreement.kind), agreement.text, ownerNames(agreement), due,
      ]
    }
    let header = [words.number, words.kind, words.what, words.who, words.due]
    return [section(words.madeSection), MarkdownTable.render(header: header, rows: rows)]
  }

  /// Counted up to and including this meeting once it is held; up to today before that.
  private func timesCarriedOver(_ agreement: Agreement) -> Int {
    meeting.isHeld(by: today)
      ? community.timesCarriedOver(agreement, asOf: meeting.id)
      : community.timesCarriedOver(agreement, today: today)
  }

  /// "(a) afwerken": the research's letter and the kind's name.
  private func kind(_ kind: AgreementKind) -> String {
    "(\(kind.letter)) " + kind.label(language)
  }
}
