import Foundation

/// An I/O failure while writing results (a full disk, a write error): exit status 74
/// (EX_IOERR), distinct from rejected input (1) and usage errors (64).
struct OutputError: Error, CustomStringConvertible {
    /// What failed.
    let message: String

    var description: String { message }
}

/// Where a command writes: checked before anything is read, then written through a
/// temporary file in the same folder, flushed to disk (`fsync`) and renamed into place, so
/// an interrupted or failed run never leaves a file that looks complete and never touches
/// its input.
enum OutputPaths {
    /// The standard-output path: `-`.
    static let standardOutput = "-"

    /// Refuses (a usage error, exit 64) an output that is an input, the same file as another
    /// output, a symbolic link, a folder, something other than a regular file (a device, a
    /// pipe, a socket), or a file in a folder that does not exist; `-` (standard output) is
    /// always accepted once.
    ///
    /// - Parameters:
    ///   - outputs: each output's option name (`--out`) and path, `nil` when not given.
    ///   - inputs: the files the command reads.
    static func check(_ outputs: [(option: String, path: String?)], inputs: [String]) throws {
        var seen: [(option: String, identity: FileIdentity)] = []
        var standardOutputUsed: String?
        let inputIdentities = inputs.compactMap { path in FileIdentity(existing: path, followingLinks: true).map { (path, $0) } }
        for (option, path) in outputs {
            guard let path else { continue }
            if path == standardOutput {
                if let earlier = standardOutputUsed {
                    throw UsageError(message: "\(option) and \(earlier) both write to standard output")
                }
                standardOutputUsed = option
                continue
            }
            var status = stat()
            if lstat(path, &status) == 0 {
                switch status.st_mode & S_IFMT {
                case S_IFLNK: throw UsageError(message: "\(option) \(path) is a symbolic link: give the real path")
                case S_IFDIR: throw UsageError(message: "\(option) \(path) is a folder: give a file path")
                case S_IFREG: break
                default: throw UsageError(message: "\(option) \(path) is not a regular file (a device, pipe or socket)")
                }
            } else {
                var folder = stat()
                let parent = (path as NSString).deletingLastPathComponent
                guard stat(parent.isEmpty ? "." : parent, &folder) == 0, folder.st_mode & S_IFMT == S_IFDIR else {
                    throw UsageError(message: "\(option) \(path): the folder \(parent.isEmpty ? "." : parent) does not exist")
                }
            }
            let identity = FileIdentity(existing: path, followingLinks: false) ?? FileIdentity(newPath: path)
            for (input, inputIdentity) in inputIdentities where inputIdentity == identity {
                throw UsageError(message: "\(option) \(path) is the input \(input): it would be overwritten while it is read")
            }
            if let earlier = seen.first(where: { $0.identity == identity }) {
                throw UsageError(message: "\(option) and \(earlier.option) are the same file \(path): one would be lost")
            }
            seen.append((option, identity))
        }
    }
}

/// A file's identity: device and inode for an existing file, the resolved folder and name
/// for one not yet created.
private enum FileIdentity: Equatable {
    case existing(device: UInt64, inode: UInt64)
    case planned(folder: String, name: String)

    init?(existing path: String, followingLinks: Bool) {
        var status = stat()
        let result = followingLinks ? stat(path, &status) : lstat(path, &status)
        guard result == 0 else { return nil }
        self = .existing(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }

    init(newPath path: String) {
        let parent = (path as NSString).deletingLastPathComponent
        let folder = URL(fileURLWithPath: parent.isEmpty ? "." : parent).resolvingSymlinksInPath().path
        self = .planned(folder: folder, name: (path as NSString).lastPathComponent)
    }
}

/// A results file written under a temporary name in its final folder (`.NAME.partial-PID`),
/// flushed with `fsync` and renamed into place by ``commit()``; removed by ``discard()``, on
/// deinit, and on SIGINT or SIGTERM. `-` writes straight to standard output.
final class TemporaryOutput {
    let finalPath: String
    let temporaryPath: String?
    let descriptor: Int32
    private var finished = false

    init(finalPath: String) throws {
        self.finalPath = finalPath
        if finalPath == OutputPaths.standardOutput {
            temporaryPath = nil
            descriptor = STDOUT_FILENO
            finished = true
            return
        }
        let folder = (finalPath as NSString).deletingLastPathComponent
        let name = ".\((finalPath as NSString).lastPathComponent).partial-\(getpid())"
        let temporary = folder.isEmpty ? name : folder + "/" + name
        temporaryPath = temporary
        // Registered before the file exists, so an interrupt never leaves it behind.
        InterruptCleanup.register(temporary)
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            InterruptCleanup.unregister(temporary)
            throw OutputError(message: "cannot create \(temporary): \(reason)")
        }
    }

    /// Flushes the file to disk and renames it to its final path.
    func commit() throws {
        guard !finished, let temporaryPath else { return }
        finished = true
        defer { InterruptCleanup.unregister(temporaryPath) }
        guard fsync(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            unlink(temporaryPath)
            throw OutputError(message: "cannot write \(finalPath): \(reason)")
        }
        close(descriptor)
        guard rename(temporaryPath, finalPath) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw OutputError(message: "cannot rename \(temporaryPath) to \(finalPath): \(reason)")
        }
    }

    /// Removes the temporary file.
    func discard() {
        guard !finished, let temporaryPath else { return }
        finished = true
        close(descriptor)
        unlink(temporaryPath)
        InterruptCleanup.unregister(temporaryPath)
    }

    /// Writes `bytes` to a new results file at `path` (or standard output) through a
    /// temporary file.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let file = try TemporaryOutput(finalPath: path)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Foundation.write(file.descriptor, buffer.baseAddress! + offset, bytes.count - offset)
            }
            guard written > 0 else {
                let reason = String(cString: strerror(errno))
                file.discard()
                throw OutputError(message: "cannot write \(path): \(reason)")
            }
            offset += written
        }
        try file.commit()
    }

    deinit {
        discard()
    }
}

/// Temporary files to remove if the process is interrupted (SIGINT, SIGTERM): a fixed table
/// of C strings the signal handler can read without allocating.
enum InterruptCleanup {
    private static let capacity = 16
    nonisolated(unsafe) private static var paths = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
    nonisolated(unsafe) private static var installed = false
    private static let lock = NSLock()

    static func register(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        if !installed {
            for slot in 0..<capacity { paths[slot] = nil }
            // Delivered even if the parent left them blocked (threads started later inherit this).
            var unblock = sigset_t()
            sigemptyset(&unblock)
            sigaddset(&unblock, SIGINT)
            sigaddset(&unblock, SIGTERM)
            pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
            for signalNumber in [SIGINT, SIGTERM] {
                signal(signalNumber) { number in
                    for slot in 0..<InterruptCleanup.capacity {
                        if let path = InterruptCleanup.paths[slot] { unlink(path) }
                    }
                    // Exit as the signal would have: 128 + its number.
                    _exit(128 + number)
                }
            }
            installed = true
        }
        for slot in 0..<capacity where paths[slot] == nil {
            paths[slot] = strdup(path)
            return
        }
    }

    static func unregister(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        for slot in 0..<capacity {
            if let stored = paths[slot], String(cString: stored) == path {
                paths[slot] = nil
                free(stored)
            }
        }
    }
}
