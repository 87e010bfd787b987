import Foundation

// Copies with a new id or number: how the reader mends a stored duplicate.

extension Member {
  func withID(_ id: UUID) -> Member {
    Member(
      id: id, name: name, school: school, role: role, participation: participation,
      participationSince: participationSince, participationReason: participationReason,
      committedOn: committedOn, joinedOn: joinedOn)
  }
}

extension Meeting {
  func withID(_ id: UUID) -> Meeting {
    var copy = Meeting(
      id: id, day: day, time: time, place: place, phase: phase, agenda: agenda,
      attendance: attendance, notes: notes)
    copy.roles = roles
    return copy
  }
}

extension AgendaItem {
  func withID(_ id: UUID) -> AgendaItem {
    AgendaItem(
      id: id, title: title, plannedMinutes: plannedMinutes, presenter: presenter, role: role,
      notes: notes, decisions: decisions, startedAt: startedAt, endedAt: endedAt,
      protocolID: protocolID)
  }
}

extension Agreement {
  func withID(_ id: UUID) -> Agreement {
    Agreement(
      id: id, number: number, kind: kind, text: text, owners: owners, madeIn: madeIn,
      madeUnder: madeUnder,
      due: due,
      reviews: reviews)
  }

  func withNumber(_ number: Int) -> Agreement {
    Agreement(
      id: id, number: number, kind: kind, text: text, owners: owners, madeIn: madeIn,
      madeUnder: madeUnder,
      due: due,
      reviews: reviews)
  }
}
