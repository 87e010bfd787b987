import CoachCore
import Foundation

/// The shared terminal's keys and the runtime's answers to it. While a kiosk session is on,
/// every key comes here first: keys the step does not bind do nothing at all.
extension Reducer {
  /// Starts the kiosk on top of whatever the coach had open; it first asks whether a PIN
  /// was set (without one, the coach chooses it before a teacher sits down).
  static func startKiosk(_ session: KioskSession, _ state: inout AppState) -> [Effect] {
    var session = session
    session.step = .checkingPIN
    state.overlays.removeAll()
    state.kiosk = session
    return [.kioskPIN(.status)]
  }

  static func handleKiosk(_ key: Key, _ state: inout AppState) -> [Effect] {
    guard var session = state.kiosk,
      let context = ContextSource(state).kiosk(session)
    else {
      // The community is gone (it cannot be, while the kiosk holds the keys): end safely.
      state.kiosk = nil
      return []
    }
    let table = KioskKeys.table(session, context)
    session.message = nil
    var effects: [Effect] = []
    switch table.match(key) {
    case .action(let action):
      effects = perform(action, key: key, &session, context, &state)
    case .refused, .unbound:
      typeIntoKiosk(key, &session, context)
    }
    if state.kiosk != nil { state.kiosk = session }
    return effects
  }

  private static func perform(
    _ action: KioskAction, key: Key, _ session: inout KioskSession, _ context: KioskContext,
    _ state: inout AppState
  ) -> [Effect] {
    let k = KioskStrings.of(state.language)
    let people = context.people
    switch action {
    case .up: session.selection = max(0, session.selection - 1)
    case .down: session.selection = min(max(0, people.count - 1), session.selection + 1)
    case .choose:
      guard people.indices.contains(session.selection) else { return [] }
      let person = people[session.selection]
      if person.hasAnswered && session.anonymous {
        // Anonymous answers cannot be replaced: a second set would count twice.
        session.message = k.alreadyAnsweredAnonymous
        return []
      }
      session.answers = [:]
      session.step = .answering(member: person.id, question: 0)
      if person.hasAnswered { session.message = k.alreadyAnswered }
    case .next, .previous:
      guard case .answering(let member, let index) = session.step else { return [] }
      let count = context.template.questions.count
      let target = action == .next ? min(count, index + 1) : max(0, index - 1)
      session.step = .answering(member: member, question: target)
    case .toggle, .yes, .no, .scale, .lower, .raise:
      answer(action, key: key, &session, context)
    case .erase:
      erase(&session, context)
    case .submit:
      return submitKiosk(&session, context, &state)
    case .backToNames:
      session.step = .names
      session.answers = [:]
    case .leave:
      session.step = .leaving(entry: "", resume: resume(session.step))
    case .confirm:
      return confirmPIN(&session, &state)
    case .cancel:
      switch session.step {
      case .leaving(_, let resume):
        session.step = step(resuming: resume)
      case .choosePIN:
        // No PIN yet: the kiosk never started for a teacher; the coach goes back.
        state.kiosk = nil
      default:
        break
      }
    }
    return []
  }

  private static func resume(_ step: KioskSession.Step) -> KioskSession.Resume {
    if case .answering(let member, let question) = step {
      return .answering(member: member, question: question)
    }
    return .names
  }

  private static func step(resuming resume: KioskSession.Resume) -> KioskSession.Step {
    switch resume {
    case .names: .names
    case .answering(let member, let question): .answering(member: member, question: question)
    }
  }

  /// Space and ←/→ flip yes and no, j/y and n choose; 1–5 or ←/→ set a score.
  private static func answer(
    _ action: KioskAction, key: Key, _ session: inout KioskSession, _ context: KioskContext
  ) {
    guard case .answering(_, let index) = session.step,
      context.template.questions.indices.contains(index)
    else { return }
    let question = context.template.questions[index]
    let current = session.answers[question.id]
    var value: ChecklistAnswer?
    switch action {
    case .toggle: value = current == .yes ? .no : .yes
    case .yes: value = .yes
    case .no: value = .no
    case .scale:
      if case .character(let digit) = key, let number = Int(String(digit)) {
        value = .scale(number)
      }
    case .lower, .raise:
      var score = 3
      if case .scale(let given) = current {
        score = given + (action == .raise ? 1 : -1)
      }
      value = .scale(min(5, max(1, score)))
    default: break
    }
    if let value, value.fits(question.answer) { session.answers[question.id] = value }
  }

  /// Text for a short answer or a PIN; any other key does nothing.
  private static func typeIntoKiosk(
    _ key: Key, _ session: inout KioskSession, _ context: KioskContext
  ) {
    guard case .character(let character) = key else { return }
    switch session.step {
    case .answering(_, let index):
      guard context.template.questions.indices.contains(index),
        context.template.questions[index].answer == .shortText
      else { return }
      let id = context.template.questions[index].id
      var text = ""
      if case .text(let given) = session.answers[id] { text = given }
      guard text.count < ChecklistAnswer.textLimit else { return }
      session.answers[id] = .text(text + String(character))
    case .leaving(let entry, let resume):
      if character.isNumber, entry.count < KioskSession.pinDigits.upperBound {
        session.step = .leaving(entry: entry + String(character), resume: resume)
      }
    case .choosePIN(let first, let entry):
      if character.isNumber, entry.count < KioskSession.pinDigits.upperBound {
        session.step = .choosePIN(first: first, entry: entry + String(character))
      }
    default:
      break
    }
  }

  private static func erase(_ session: inout KioskSession, _ context: KioskContext) {
    switch session.step {
    case .answering(_, let index):
      guard context.template.questions.indices.contains(index) else { return }
      let id = context.template.questions[index].id
      guard case .text(let text) = session.answers[id] else { return }
      let shorter = String(text.dropLast())
      session.answers[id] = shorter.isEmpty ? nil : .text(shorter)
    case .leaving(let entry, let resume):
      session.step = .leaving(entry: String(entry.dropLast()), resume: resume)
    case .choosePIN(let first, let entry):
      session.step = .choosePIN(first: first, entry: String(entry.dropLast()))
    default:
      break
    }
  }

  /// Ctrl-S or Enter on "done?": the answers go into the community and to disk; the thanks
  /// come when the store has them (`kioskSaved`).
  private static func submitKiosk(
    _ session: inout KioskSession, _ context: KioskContext, _ state: inout AppState
  ) -> [Effect] {
    guard case .answering(let member, _) = session.step,
      var community = state.library.loaded[session.communityID]
    else { return [] }
    let k = KioskStrings.of(state.language)
    do {
      try community.submitChecklist(
        session.template, meetingID: session.meetingID, day: session.day,
        anonymous: session.anonymous, memberID: member, answers: session.answers, at: state.now)
    } catch let error as ChecklistError {
      session.message = error.message(state.language)
      return []
    } catch let error as CoachError {
      session.message = error.message(state.language)
      return []
    } catch {
      session.message = k.notSaved
      return []
    }
    if state.isReadOnly {
      session.message = k.notSaved
      return []
    }
    let label = k.answersTo(session.template.title(state.language))
    let effects = change(&state, label: label) { $0.put(community) }
    session.step = .saving(member: member)
    session.answeredHere.insert(member)
    session.answers = [:]
    return effects
  }

  /// The store has the answers: thank the teacher, then show the names again.
  static func kioskSaved(_ state: inout AppState) {
    guard var session = state.kiosk, case .saving(let member) = session.step else { return }
    session.step = .thanks(member: member, until: state.now + KioskSession.thanksSeconds)
    session.message = nil
    state.kiosk = session
  }

  /// The save failed: the answers stay in the program (tried again every tick); the teacher
  /// is told to call the coach.
  static func kioskSaveFailed(_ state: inout AppState) {
    guard var session = state.kiosk, case .saving = session.step else { return }
    session.message = KioskStrings.of(state.language).notSaved
    state.kiosk = session
  }

  static func kioskTick(_ state: inout AppState) {
    guard var session = state.kiosk, case .thanks(_, let until) = session.step,
      state.now >= until
    else { return }
    session.step = .names
    state.kiosk = session
  }

  private static func confirmPIN(_ session: inout KioskSession, _ state: inout AppState)
    -> [Effect]
  {
    let k = KioskStrings.of(state.language)
    switch session.step {
    case .leaving(let entry, let resume):
      let wait = session.lockout.waitRemaining(now: state.now)
      if wait > 0 {
        session.message = k.pinWait(Int(wait.rounded(.up)))
        return []
      }
      guard !entry.isEmpty else { return [] }
      session.step = .checkingLeave(resume: resume)
      return [.kioskPIN(.check(entry))]
    case .choosePIN(let first, let entry):
      guard KioskSession.isValidPIN(entry) else {
        session.message = k.pinRule
        return []
      }
      guard let first else {
        session.step = .choosePIN(first: entry, entry: "")
        return []
      }
      guard first == entry else {
        session.message = k.pinsDiffer
        session.step = .choosePIN(first: nil, entry: "")
        return []
      }
      session.step = .checkingPIN
      return [.kioskPIN(.set(entry))]
    default:
      return []
    }
  }

  static func kioskPINAnswered(_ answer: KioskPINAnswer, _ state: inout AppState) -> [Effect] {
    guard var session = state.kiosk else { return [] }
    let k = KioskStrings.of(state.language)
    switch (answer, session.step) {
    case (.isSet(true), .checkingPIN), (.saved, .checkingPIN):
      session.step = .names
      if answer == .saved { session.message = k.pinSaved }
    case (.isSet(false), .checkingPIN):
      session.step = .choosePIN(first: nil, entry: "")
    case (.checked(matches: true), .checkingLeave):
      session.lockout.recordSuccess()
      state.kiosk = nil
      state.flash = k.left
      if session.quitsOnLeave { state.isQuitting = true }
      return []
    case (.checked(matches: false), .checkingLeave(let resume)):
      session.lockout.recordFailure(at: state.now)
      let wait = session.lockout.waitRemaining(now: state.now)
      let left =
        PINLockout.triesPerRound - session.lockout.consecutiveFailures
        % PINLockout.triesPerRound
      session.message =
        wait > 0 ? k.pinWait(Int(wait.rounded(.up))) : k.pinWrong(left % PINLockout.triesPerRound)
      session.step = .leaving(entry: "", resume: resume)
    case (.failed(let reason), .checkingLeave(let resume)):
      session.message = reason
      session.step = .leaving(entry: "", resume: resume)
    case (.failed(let reason), .checkingPIN):
      session.message = reason
      session.step = .choosePIN(first: nil, entry: "")
    default:
      break
    }
    state.kiosk = session
    return []
  }
}
