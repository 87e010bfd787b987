import CoachCore
import Foundation

/// A form in a dialog: fields, the focused one, and the error of the last save attempt.
public struct FormState: Equatable, Sendable, Codable {
  public enum Purpose: Equatable, Sendable, Codable {
    case addCommunity
    case editCommunity(UUID)
    case addMember(community: UUID)
    case editMember(community: UUID, member: UUID)
    case movePhase(community: UUID, to: Phase)
    case addMeeting(community: UUID)
    /// The meeting screen's forms (agenda, agreements, notes, export).
    case meeting(MeetingForm)
    /// The live meeting's quick-capture forms (note, decision, agreement).
    case live(LiveForm)
    /// The coach's group-dynamics notes.
    case notes(NoteForm)
    /// A community's themes: the theme, its output, moments and subgroups.
    case themes(ThemeForm)
    /// Members from a CSV file.
    case importMembers(community: UUID)
    /// A tick on a phase's coach checklist.
    case checklist(community: UUID, phase: Phase)
    /// The shared terminal: which checklist, with or without names.
    case kiosk(community: UUID)
    /// The coach's own checklists and protocols.
    case playbook(PlaybookForm)
  }

  public enum FieldKind: Equatable, Sendable, Codable {
    case text(TextField)
    /// One of a fixed list; ←/→ or space choose.
    case choice(options: [String], selected: Int)
  }

  public struct Field: Equatable, Sendable, Codable {
    public var id: FieldID
    public var label: String
    public var kind: FieldKind
    public var isRequired: Bool
    /// A dimmed hint while the field is empty (the format of a date).
    public var placeholder: String?
    /// Values offered as the coach types (Tab completes, ↑/↓ pick).
    public var completion: Completion?
    /// Shown as dots, for text that must not appear on a projected screen. Optional so a
    /// draft written before it existed still reads.
    public var masked: Bool?

    public init(
      id: FieldID, label: String, kind: FieldKind, isRequired: Bool = false,
      placeholder: String? = nil, completion: Completion? = nil, masked: Bool = false
    ) {
      self.masked = masked ? true : nil
      self.id = id
      self.label = label
      self.kind = kind
      self.isRequired = isRequired
      self.placeholder = placeholder
      self.completion = completion
    }

    /// What the completion offers for the text typed so far.
    public var matches: [String] { completion?.matches(for: text) ?? [] }

    public var text: String {
      if case .text(let field) = kind { return field.text }
      return ""
    }

    public var selectedIndex: Int {
      if case .choice(_, let selected) = kind { return selected }
      return 0
    }

    public var isText: Bool {
      if case .text = kind { return true }
      return false
    }

    public var isMultiline: Bool {
      if case .text(let field) = kind { return field.isMultiline }
      return false
    }
  }

  public enum FieldID: String, Equatable, Sendable, Codable {
    case name, subject, schools, school, role, joinedOn, participation, participationSince
    case committedOn
    case date, note, time, place
    case title, minutes, presenter, notes, decisions, kind, text, owners, due, outcome, path
    case agreement
    case about, tags, participationReason, internalCoach
    case description, members, status, made, tried
    case chair, timekeeper, minuteTaker
    case identifier, who
  }

  public var purpose: Purpose
  public var title: String
  /// A line under the title, e.g. a warning that a phase move goes backwards.
  public var subtitle: String?
  public var fields: [Field]
  public var focus: Int = 0
  public var error: String?
  /// The field the error is about (the focus moves there); its label starts the error line.
  public var errorField: FieldID?
  private let initialFields: [Field]

  public init(purpose: Purpose, title: String, subtitle: String? = nil, fields: [Field]) {
    self.purpose = purpose
    self.title = title
    self.subtitle = subtitle
    self.fields = fields
    self.initialFields = fields
    selectFocused()
  }

  /// The focused field's prefilled value is replaced by the first character typed.
  private mutating func selectFocused() {
    guard fields.indices.contains(focus), case .text(var field) = fields[focus].kind else {
      return
    }
    field.selectAll()
    fields[focus].kind = .text(field)
  }

  /// Whether anything differs from how the form opened (Esc then asks first).
  public var hasChanges: Bool {
    zip(fields, initialFields).contains {
      $0.text != $1.text || $0.selectedIndex != $1.selectedIndex
    }
  }

  public var focusedField: Field? { fields.indices.contains(focus) ? fields[focus] : nil }
  public var isOnLastField: Bool { focus == fields.count - 1 }

  public func value(_ id: FieldID) -> String {
    fields.first(where: { $0.id == id })?.text ?? ""
  }

  public func choice(_ id: FieldID) -> Int {
    fields.first(where: { $0.id == id })?.selectedIndex ?? 0
  }

  public mutating func focus(_ id: FieldID) {
    if let index = fields.firstIndex(where: { $0.id == id }) {
      focus = index
      selectFocused()
    }
  }

  /// A save that failed: the error, said of its field, with the focus on that field.
  public mutating func fail(_ message: String, at id: FieldID?) {
    error = message
    errorField = id.flatMap { id in fields.contains { $0.id == id } ? id : nil }
    if let errorField { focus(errorField) }
  }

  /// The error as the form shows it: “Who: No member … matches “Piet”.”
  public var errorLine: String? {
    guard let error else { return nil }
    guard let label = fields.first(where: { $0.id == errorField })?.label else { return error }
    return label + ": " + error
  }

  /// Tab with matches showing: the highlighted one replaces what is being typed.
  mutating func complete() {
    guard fields.indices.contains(focus), let completion = fields[focus].completion,
      case .text = fields[focus].kind
    else { return }
    let completed = completion.completed(fields[focus].text)
    fields[focus].kind = .text(TextField(completed))
    fields[focus].completion?.highlighted = 0
  }

  /// ↑/↓ with matches showing: another match.
  mutating func pick(_ step: Int) {
    guard fields.indices.contains(focus), let completion = fields[focus].completion else {
      return
    }
    let count = fields[focus].matches.count
    guard count > 0 else { return }
    fields[focus].completion?.highlighted = (completion.highlighted + step + count) % count
  }

  public mutating func focusNext() {
    focus = min(fields.count - 1, focus + 1)
    selectFocused()
  }

  public mutating func focusPrevious() {
    focus = max(0, focus - 1)
    selectFocused()
  }

  /// Gives a key to the focused field; false when the field does not use it.
  mutating func editFocused(_ key: Key) -> Bool {
    guard fields.indices.contains(focus) else { return false }
    switch fields[focus].kind {
    case .text(var field):
      if key == .enter && field.isMultiline {
        field.newLine()
      } else if !field.handle(key) {
        return false
      }
      fields[focus].kind = .text(field)
    case .choice(let options, let selected):
      let count = options.count
      switch key {
      case .left:
        fields[focus].kind = .choice(options: options, selected: (selected + count - 1) % count)
      case .right, .character(" "):
        fields[focus].kind = .choice(options: options, selected: (selected + 1) % count)
      default: return false
      }
    }
    error = nil
    errorField = nil
    // A new text: the first match is the one Tab takes.
    fields[focus].completion?.highlighted = 0
    return true
  }
}
