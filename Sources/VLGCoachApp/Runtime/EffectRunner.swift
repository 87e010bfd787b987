import CoachCore
import CoachUI
import Foundation

/// Carries out the reducer's effects against the store and answers with events.
struct EffectRunner {
  let store: PropertyListStore
  let language: Language
  /// The day the minutes count carry-over up to; the clock is the runtime's to read.
  var today: () -> CalendarDay = { CalendarDay(Date(), in: .current) }

  func perform(_ effect: Effect) -> [Event] {
    switch effect {
    case .load(let id, let intent):
      return load(id, then: intent)
    case .loadAll(let intent):
      // A community already open in the program is not replaced: `.remember` keeps the
      // program's value. (The event loop reads them off the key path: `BackgroundLoad`.)
      return store.summaries.flatMap { load($0.id, then: .remember) } + [.allLoaded(then: intent)]
    case .search(let request):
      return [.searched(query: request.query, request.run())]
    case .readFollowUp(let ids):
      return ids.flatMap(followUpDigest)
    case .exportMinutes(let community, let meeting, let path, let replacing):
      let export = MinutesExport(
        storeDirectory: store.directory, language: language, today: today())
      return [export.perform(community, meeting: meeting, path: path, replacing: replacing)]
    case .exportCalendar(let community, let path, let replacing):
      let export = MinutesExport(
        storeDirectory: store.directory, language: language, today: today())
      return [
        export.performCalendar(
          community, path: path, replacing: replacing, now: Date(), timeZone: .current)
      ]
    case .readImportFile(let community, let path):
      let expanded = (path as NSString).expandingTildeInPath
      do {
        let data = try Data(contentsOf: URL(fileURLWithPath: expanded))
        return [.importFileRead(community: community, path: path, data: data)]
      } catch {
        let reason = (error as NSError).localizedDescription
        let strings = UIStrings.forLanguage(language).memberImport
        return [.importFileFailed(message: strings.cannotRead(path, reason))]
      }
    case .exportDocument(let community, let document, let path, let replacing):
      let export = MinutesExport(
        storeDirectory: store.directory, language: language, today: today())
      // The private notes are read here, from the store, only when asked for.
      return [
        export.performDocument(
          community, document, path: path, replacing: replacing,
          notebook: { try store.notebook(community.id) })
      ]
    case .kioskPIN(let request):
      return [.kioskPIN(kioskPIN(request))]
    case .savePlaybook(let playbook):
      return [savePlaybook(playbook)]
    case .persist(let operations, let reaching):
      return persist(operations, reaching: reaching)
    case .persistOver(let operations, let reaching, let community, let choice):
      return persist(operations, reaching: reaching, resolving: (community, choice))
    case .reload(let id):
      do {
        let community = try store.reload(id)
        return [.reloaded(community, notebook: try store.notebook(id))]
      } catch let error as StoreError {
        return [.loadFailed(id, message: error.message(language))]
      } catch {
        return [.loadFailed(id, message: String(describing: error))]
      }
    case .watchStore:
      return watch()
    case .saveDraft(let form):
      // The program is ending: nothing to answer, and a failure has no one left to tell.
      try? FormDraftFile(storeDirectory: store.directory).write(form)
      return []
    }
  }

  /// Carries out the operations in order. A community whose file someone else changed is
  /// not written; the reducer is told, to reload it or to ask the coach.
  private func persist(
    _ operations: [PersistOperation], reaching: Library,
    resolving: (community: UUID, choice: OutsideChangeChoice)? = nil
  ) -> [Event] {
    do {
      for operation in operations {
        switch operation {
        case .save(let community):
          let choice = resolving?.community == community.id ? resolving?.choice : nil
          try store.save(community, resolving: choice)
        case .saveNotebook(let notebook):
          let id = notebook.communityID
          let choice = resolving?.community == id ? resolving?.choice : nil
          try store.saveNotebook(notebook, resolving: choice)
        case .trash(let id): try store.trash(id)
        case .restore(let id): try store.restore(id)
        }
      }
      return [.persisted(reaching)]
    } catch StoreError.changedOnDisk {
      return [.changedOutside(store.changedOnDisk())]
    } catch let error as StoreError {
      return [.persistFailed(message: error.message(language))]
    } catch {
      return [.persistFailed(message: String(describing: error))]
    }
  }

  /// Every second: files changed outside, and a store another vlgcoach no longer holds.
  private func watch() -> [Event] {
    var events: [Event] = []
    if store.isReadOnly, store.retryWriting() {
      events.append(.storeBecameWritable(store.summaries))
    }
    let changed = store.changedOnDisk()
    if !changed.isEmpty { events.append(.changedOutside(changed)) }
    return events
  }

  /// Reads a community. Reading a file from a newer vlgcoach makes the store read-only: the
  /// screen is told first, so that it refuses changes before it shows the community.
  func load(_ id: UUID, then intent: LoadIntent) -> [Event] {
    reading(id) {
      let community = try store.community(id)
      return .loaded(community, notebook: try store.notebook(id), then: intent)
    }
  }

  /// The open agreements of a community for the follow-up, from its digest when that is
  /// current (a damaged community file is answered like a failed load).
  func followUpDigest(_ id: UUID) -> [Event] {
    reading(id) { .followUpRead(try store.followUpDigest(id)) }
  }

  private func reading(_ id: UUID, _ read: () throws -> Event) -> [Event] {
    let before = store.access
    var events: [Event]
    do {
      events = [try read()]
    } catch let error as StoreError {
      events = [.loadFailed(id, message: error.message(language))]
    } catch {
      events = [.loadFailed(id, message: String(describing: error))]
    }
    if case .readOnly(let reason) = store.access, store.access != before {
      events.insert(.storeBecameReadOnly(reason: reason.message(language)), at: 0)
    }
    return events
  }
}
