// A test helper for the recorder: a process whose memory grows at a known rate. It touches
// BYTES_PER_SECOND more bytes every second (so they count in RSS, PSS and anonymous memory), from
// the time it started, for SECONDS, then exits 0. It dies with the process that started it, so a
// killed recorder leaves nothing behind.
#include <sys/prctl.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <vector>

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    const double bytesPerSecond = std::atof(argv[1]);
    const double seconds = std::atof(argv[2]);
    constexpr std::size_t kChunk = 64 * 1024;
    std::vector<char *> chunks;
    const auto start = std::chrono::steady_clock::now();
    for (;;) {
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (elapsed >= seconds) {
            for (char *chunk : chunks)
                std::free(chunk);
            return 0;
        }
        // Catch up with the rate after being descheduled, so the growth stays right under load.
        while (double(chunks.size() * kChunk) < bytesPerSecond * elapsed) {
            char *chunk = static_cast<char *>(std::malloc(kChunk));
            std::memset(chunk, 0x5a, kChunk);
            chunks.push_back(chunk);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}
