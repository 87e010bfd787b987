import Foundation

/// Reads the coach's notes stored beside a community (`coachNotes`), as carefully as the
/// community itself: a note without an id, a day or a text is left out and reported.
struct NotebookReader {
  let log: ReadLog

  func notebook(_ value: PlistValue?, communityID: UUID) -> CoachNotebook {
    guard let value else { return CoachNotebook(communityID: communityID) }
    guard let items = value.array else {
      log.repair(.file, .valueReset(field: "coachNotes"))
      return CoachNotebook(communityID: communityID)
    }
    var seen = Set<UUID>()
    var notes: [DynamicsNote] = []
    for item in items {
      guard let note = note(item) else { continue }
      if seen.insert(note.id).inserted {
        notes.append(note)
      } else {
        log.repair(.note(note.day.iso), .newID)
        let copy = DynamicsNote(
          day: note.day, about: note.about, tags: note.tags, text: note.text,
          meetingID: note.meetingID)
        seen.insert(copy.id)
        notes.append(copy)
      }
    }
    return CoachNotebook(communityID: communityID, notes: notes)
  }

  private func note(_ value: PlistValue) -> DynamicsNote? {
    let place = StoredRepair.Place.note(value.dictionary?["day"]?.string ?? "?")
    guard let fields = FieldReader(value, place: place, log: log), let id = fields.uuid("id"),
      let day = fields.day("day"), let text = fields.text("text"), !text.isEmpty
    else {
      log.repair(place, .entryDropped)
      return nil
    }
    fields.keepUnknown(known: StoredShape.noteKeys, at: "note/\(id.text)")
    var about: [UUID] = []
    for member in fields.array("about") ?? [] {
      guard let memberID = member.uuid else {
        log.repair(place, .valueReset(field: "about"))
        continue
      }
      if !about.contains(memberID) { about.append(memberID) }
    }
    var tags: [NoteTag] = []
    for tag in fields.lines("tags") ?? [] {
      if let parsed = NoteTag(tag), !tags.contains(parsed) { tags.append(parsed) }
    }
    return DynamicsNote(
      id: id, day: day, about: about, tags: tags, text: text, meetingID: fields.uuid("meetingID"))
  }
}

/// The notes as stored, with the keys kept from the file they were read from.
struct NotebookWriter {
  let residue: Residue

  func value(_ notebook: CoachNotebook) -> PlistValue {
    .array(
      notebook.notes.map { note in
        var fields: PlistDictionary = [
          "id": .uuid(note.id),
          "day": .string(note.day.iso),
          "about": .array(note.about.map { .uuid($0) }),
          "tags": .array(note.tags.map { .string($0.key) }),
          "text": .string(note.text),
        ]
        fields["meetingID"] = note.meetingID.map { .uuid($0) }
        residue.restore(into: &fields, at: "note/\(note.id.text)")
        return .dictionary(fields)
      })
  }
}
