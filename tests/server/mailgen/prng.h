#pragma once

#include <QList>

#include <cstdint>

namespace MailGen {

// Our own generator instead of QRandomGenerator: the output must stay the same
// across Qt versions and platforms, since tests compare trees byte for byte.

// The splitmix64 finaliser: a good 64-bit mixing function.
constexpr std::uint64_t mix64(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// A seed for an independent stream, e.g. (seed, folder, message): each message
// can be built on its own, so one message's content does not shift another's.
constexpr std::uint64_t deriveSeed(std::uint64_t seed, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0)
{
    std::uint64_t h = mix64(seed + 0x9e3779b97f4a7c15ULL);
    h = mix64(h ^ (a + 0x632be59bd9b4e019ULL));
    h = mix64(h ^ (b + 0x85157af5ULL));
    return mix64(h ^ (c + 0x2545f4914f6cdd1dULL));
}

// xoshiro256** (Blackman & Vigna), seeded through splitmix64.
class Prng
{
public:
    explicit Prng(std::uint64_t seed)
    {
        for (auto &word : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            word = mix64(seed);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, n); the modulo bias is irrelevant for sample data.
    std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : next() % n; }

    // Uniform in [lo, hi], both inclusive.
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(below(std::uint64_t(hi - lo) + 1)); }

    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * 0x1.0p-53; }

    bool chance(double p) { return unit() < p; }

    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(qsizetype(below(std::uint64_t(list.size()))));
    }

    // An index into weights, with probability proportional to its weight.
    int weighted(const QList<int> &weights)
    {
        int total = 0;
        for (const int w : weights)
            total += w;
        qint64 r = qint64(below(std::uint64_t(total)));
        for (int i = 0; i < weights.size(); ++i) {
            r -= weights.at(i);
            if (r < 0)
                return i;
        }
        return int(weights.size()) - 1;
    }

private:
    static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t m_state[4];
};

} // namespace MailGen
