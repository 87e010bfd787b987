import CoachCore
import Foundation

/// The one place where state changes: `reduce(&state, event)` returns the effects for the
/// runtime. Pure: no clock, no files, no terminal.
public enum Reducer {
  public static func reduce(_ state: inout AppState, _ event: Event) -> [Effect] {
    switch event {
    case .resize(let width, let height):
      state.width = width
      state.height = height
      return []
    case .tick(let now):
      state.now = now
      state.today = CalendarDay(now, in: state.dates.timeZone)
      // A save that failed (a full disk, a missing folder) is tried again every tick.
      kioskTick(&state)
      if case .failed = state.saveStatus { return persist(state) + [.watchStore] }
      return [.watchStore]
    case .terminate:
      // Keep what is typed in a form: saved when it can be, else kept as a draft; then stop.
      var effects: [Effect] = []
      if case .form(let form) = state.overlays.last, form.hasChanges {
        effects = submit(form, &state)
        if case .form(let unsaved) = state.overlays.last, unsaved.hasChanges {
          effects.append(.saveDraft(unsaved))
        }
      }
      state.isQuitting = true
      return effects
    case .loaded(let community, let notebook, let intent):
      state.library.remember(community, notebook: notebook)
      state.savedLibrary.remember(community, notebook: notebook)
      state.history.remember(community, notebook: notebook)
      // Read in full now: the follow-up takes its agreements from the community itself.
      state.followUpDigests[community.id] = nil
      let effects = finishLoad(&state, community, intent)
      return intent == .remember ? effects + searchAgainIfShown(&state) : effects
    case .loadFailed(let id, let message):
      // The store set the damaged file aside and dropped it from its index; so do we.
      state.library.remove(id)
      state.savedLibrary.remove(id)
      state.history.forget(id)
      state.followUpDigests[id] = nil
      repairRoutes(&state)
      state.flash = message
      return []
    case .searched(let query, let results):
      return searched(query, results, &state)
    case .followUpRead(let digest):
      if state.library.contains(digest.communityID) {
        state.followUpDigests[digest.communityID] = digest
      }
      return []
    case .allLoaded(let intent):
      return finishLoadingAll(&state, intent)
    case .exported(let path):
      // One row when it can: a long path loses its folder first, never the file's name (a
      // name too long for the row wraps onto a second one).
      let room = state.width - 2 - DisplayWidth.width(of: state.strings.meetingScreen.exported(""))
      state.flash = state.strings.meetingScreen.exported(
        DisplayWidth.shortenPath(path, to: room))
      return []
    case .importFileRead(let community, let path, let data):
      return importRead(data, into: community, path: path, &state)
    case .importFileFailed(let message):
      state.flash = message
      return []
    case .exportFailed(let message):
      state.flash = message
      return []
    case .exportWouldReplace(let path, let retry):
      let question = state.strings.meetingScreen.replaceExport(path)
      state.overlays.append(
        .confirm(Confirmation(question: question, action: .replaceExport(retry))))
      return []
    case .persisted(let reached):
      state.savedLibrary = reached
      if case .failed = state.saveStatus, reached == state.library { state.saveStatus = .saved }
      kioskSaved(&state)
      return []
    case .changedOutside(let ids):
      return changedOutside(ids, &state)
    case .reloaded(let community, let notebook):
      return reloaded(community, notebook: notebook, &state)
    case .storeBecameWritable(let summaries):
      state.saveStatus = .saved
      state.flash = state.strings.outsideChange.writableAgain
      state.library.replaceSummaries(summaries)
      state.savedLibrary.replaceSummaries(summaries)
      return []
    case .storeBecameReadOnly(let reason):
      state.saveStatus = .readOnly(reason)
      state.flash = reason
      return []
    case .persistFailed(let message):
      state.saveStatus = .failed(message)
      state.flash = message
      kioskSaveFailed(&state)
      return []
    case .kioskPIN(let answer):
      return kioskPINAnswered(answer, &state)
    case .playbookSaved(let playbook):
      return playbookSaved(playbook, &state)
    case .playbookSaveFailed(let message):
      return playbookSaveFailed(message, &state)
    case .key(let key):
      state.flash = nil
      let effects = handle(key, &state)
      return effects + searchAgainIfOutOfDate(&state, unless: effects)
    }
  }

  static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
    // The shared terminal has every key, Ctrl-C too: only the coach's PIN ends it.
    if state.kiosk != nil { return handleKiosk(key, &state) }
    if key == .control("c") { return quitSafely(&state) }
    if state.isTooSmall { return [] }
    if !state.overlays.isEmpty { return handleOverlay(key, &state) }
    if isTypingInFilter(state) { return handleFilterTyping(key, &state) }
    // The screen's own bindings first, then those of every screen; any other key does nothing.
    if let effects = ScreenKeys.forScreen(state).perform(key, &state) { return effects }
    if state.route.feature.takesText { return type(key, into: state.route.feature, &state) }
    return ScreenKeys.global(state).perform(key, &state) ?? []
  }

  /// Ctrl-C: everything is saved after each change, so quitting is safe, except when a
  /// form holds typed text or a save failed; then it asks first.
  static func quitSafely(_ state: inout AppState) -> [Effect] {
    // A second Ctrl-C while the question is open means: yes, quit.
    if case .confirm(let question) = state.overlays.last, question.action == .quitWithUnsavedChanges
    {
      state.isQuitting = true
      return []
    }
    let typing = state.overlays.contains {
      if case .form(let form) = $0 { return form.hasChanges }
      return false
    }
    if state.saveStatus.isUnsaved {
      state.overlays.append(
        .confirm(
          Confirmation(question: state.strings.confirmQuitUnsaved, action: .quitWithUnsavedChanges))
      )
      return []
    }
    if typing {
      state.overlays.append(
        .confirm(
          Confirmation(
            question: state.strings.confirmQuitTyped, action: .quitWithUnsavedChanges)))
      return []
    }
    state.isQuitting = true
    return []
  }

  static func finishLoad(_ state: inout AppState, _ community: Community, _ intent: LoadIntent)
    -> [Effect]
  {
    switch intent {
    case .open:
      state.routes.append(.community(CommunityScreen.opening(community, today: state.today)))
    case .edit:
      state.overlays.append(.form(Forms.editCommunity(community, state.strings)))
    case .remember:
      break
    case .review(let agreementID):
      // Only while the coach still looks at the follow-up that asked.
      let current = state.library.loaded[community.id] ?? community
      guard case .followUp = state.route,
        let agreement = current.agreements.first(where: { $0.id == agreementID })
      else { break }
      state.overlays.append(
        .form(
          Forms.reviewAgreement(
            agreement, community: community.id, meeting: nil, state.language)))
    }
    return []
  }

  /// Every community is read (off the key path: the keys worked meanwhile).
  static func finishLoadingAll(_ state: inout AppState, _ intent: LoadAllIntent) -> [Effect] {
    switch intent {
    case .search:
      // The search screen reads the library as it fills: nothing left to do.
      break
    }
    return []
  }

  /// Replaces the top route (the screens' own state lives in it).
  static func setRoute(_ route: Route, _ state: inout AppState) {
    state.routes.replaceLast(with: route)
  }

  /// Runs a CoachCore operation that may refuse; the refusal is said in the message line.
  /// Returns whether it went through.
  static func attempt(_ state: inout AppState, _ operation: () throws -> Void) -> Bool {
    do {
      try operation()
      return true
    } catch let error as CoachError {
      state.flash = error.message(state.language)
    } catch {
      state.flash = String(describing: error)
    }
    return false
  }

  static func popRoute(_ state: inout AppState) {
    if state.routes.count > 1 { state.routes.removeLast() }
  }
}
