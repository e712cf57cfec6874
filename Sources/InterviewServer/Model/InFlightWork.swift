import Synchronization

/// Work started once per key and shared by every caller asking for the same key while it runs: a repeated
/// "Ask next" joins the model question being written instead of sending the provider another request.
///
/// The work runs in its own task, so a caller that stops waiting (the 1.5 s "Ask next" bound) leaves it to
/// finish for the others and for the cache. A cancelled caller cancels the work only when no one else waits.
final class InFlightWork<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry {
        var task: Task<Value, Never>
        var waiters: Int
    }

    private let running = Mutex<[Key: Entry]>([:])

    /// The value of `work` for `key`, from the run already in flight for `key` if there is one.
    func value(for key: Key, _ work: @escaping @Sendable () async -> Value) async -> Value {
        let task = running.withLock { running in
            if var entry = running[key] {
                entry.waiters += 1
                running[key] = entry
                return entry.task
            }
            let task = Task { [weak self] in
                let value = await work()
                self?.finish(key)
                return value
            }
            running[key] = Entry(task: task, waiters: 1)
            return task
        }
        return await withTaskCancellationHandler {
            await task.value
        } onCancel: {
            leave(key, task: task)
        }
    }

    private func finish(_ key: Key) {
        running.withLock { _ = $0.removeValue(forKey: key) }
    }

    /// A cancelled caller stops counting; the last one cancels the work.
    private func leave(_ key: Key, task: Task<Value, Never>) {
        let abandoned = running.withLock { running -> Bool in
            guard var entry = running[key], entry.task == task else { return false }
            entry.waiters -= 1
            guard entry.waiters == 0 else {
                running[key] = entry
                return false
            }
            running.removeValue(forKey: key)
            return true
        }
        if abandoned { task.cancel() }
    }
}
