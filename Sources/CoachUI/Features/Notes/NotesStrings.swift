/// The texts of the coach's group-dynamics notes: the timeline and the note form.
public struct NotesStrings: Sendable {
  public let title: @Sendable (String) -> String
  public let titleOfMember: @Sendable (String) -> String
  /// On the title line, so no one takes these for the minutes.
  public let private_: String
  public let empty: String
  public let emptyOfMember: @Sendable (String) -> String
  public let wholeGroup: String
  public let inMeeting: @Sendable (Int) -> String
  public let keyNote: String
  public let keyTimeline: String
  public let newNote: String
  public let editNote: String
  public let fieldText: String
  public let fieldAbout: String
  public let fieldTags: String
  public let fieldDay: String
  public let aboutPlaceholder: String
  public let tagsPlaceholder: String
  public let linkedTo: @Sendable (Int, String) -> String
  public let saved: String
  public let changed: String
  public let deleted: String
  /// The live meeting's quiet note: nothing on the projector says what it is.
  public let quietTitle: String
  public let writeSomething: String

  public static let dutch = NotesStrings(
    title: { "Notities over de groep · \($0)" },
    titleOfMember: { "Notities over \($0)" },
    private_: "alleen voor jou",
    empty: "Nog geen notities. Druk op n om te noteren wat je opviel in de groep.",
    emptyOfMember: { "Nog geen notities over \($0). Druk op n om er een te maken." },
    wholeGroup: "hele groep",
    inMeeting: { "bijeenkomst \($0)" },
    keyNote: "privénotitie",
    keyTimeline: "notities",
    newNote: "Notitie over de groepsdynamiek (alleen voor jou)",
    editNote: "Notitie aanpassen",
    fieldText: "Wat viel op",
    fieldAbout: "Over wie",
    fieldTags: "Labels",
    fieldDay: "Datum",
    aboutPlaceholder: "leeg: de hele groep",
    tagsPlaceholder: "trekker, stil, spanning, …",
    linkedTo: { number, day in "Bij bijeenkomst \(number) van \(day)" },
    saved: "notitie bewaard",
    changed: "notitie aangepast",
    deleted: "notitie gewist",
    quietTitle: "…",
    writeSomething: "Schrijf eerst iets, of Esc."
  )

  public static let english = NotesStrings(
    title: { "Notes on the group · \($0)" },
    titleOfMember: { "Notes on \($0)" },
    private_: "yours alone",
    empty: "No notes yet. Press n to note what you noticed in the group.",
    emptyOfMember: { "No notes on \($0) yet. Press n to write one." },
    wholeGroup: "whole group",
    inMeeting: { "meeting \($0)" },
    keyNote: "private note",
    keyTimeline: "notes",
    newNote: "Note on the group's dynamics (yours alone)",
    editNote: "Correct the note",
    fieldText: "What you noticed",
    fieldAbout: "About",
    fieldTags: "Tags",
    fieldDay: "Date",
    aboutPlaceholder: "empty: the whole group",
    tagsPlaceholder: "driver, quiet, tension, …",
    linkedTo: { number, day in "With meeting \(number) of \(day)" },
    saved: "note saved",
    changed: "note corrected",
    deleted: "note deleted",
    quietTitle: "…",
    writeSomething: "Write something first, or Esc."
  )
}
