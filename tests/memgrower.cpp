// A test helper for the recorder: a process whose memory grows at a known rate. It touches
// BYTES_PER_SECOND more bytes every second (so they count in RSS, PSS and anonymous memory), from
// the time it started, for SECONDS, then exits 0. It dies with the process that started it, so a
// killed recorder leaves nothing behind. With a third argument it writes to that file, after each
// step, the seconds since it started and the bytes touched: the growth it achieved, which under
// load is less than asked for while it waits for a CPU.
#include <sys/prctl.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <vector>

int main(int argc, char **argv)
{
    if (argc != 3 && argc != 4)
        return 2;
    std::FILE *progress = argc == 4 ? std::fopen(argv[3], "w") : nullptr;
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    const double bytesPerSecond = std::atof(argv[1]);
    const double seconds = std::atof(argv[2]);
    constexpr std::size_t kChunk = 64 * 1024;
    std::vector<char *> chunks;
    const auto start = std::chrono::steady_clock::now();
    for (;;) {
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (elapsed >= seconds) {
            // Ends holding its memory, as a leaking process does: freeing 61 MB first took long
            // enough under load for the recorder's last sample to see the heap shrink to 7 MB.
            // _Exit: no leak report from a sanitizer build either.
            if (progress)
                std::fclose(progress);
            std::_Exit(0);
        }
        // Catch up with the rate after being descheduled, so the growth stays right under load.
        while (double(chunks.size() * kChunk) < bytesPerSecond * elapsed) {
            char *chunk = static_cast<char *>(std::malloc(kChunk));
            std::memset(chunk, 0x5a, kChunk);
            chunks.push_back(chunk);
        }
        if (progress) {
            std::fprintf(progress, "%.6f %zu\n", elapsed, chunks.size() * kChunk);
            std::fflush(progress);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}
