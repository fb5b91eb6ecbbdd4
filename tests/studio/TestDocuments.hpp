#pragma once
// Small documents built in code for the studio tests: a hospital trust, two municipalities, their
// sites and roles, two committees, a shared tool and a learning action, with every tie kind.
//
//        hs (hospital) ── agreement ══ m1 (municipality)        m2 (municipality)
//        hs-ward, hs-dir, pk                m1-home, m1-dir          m2-dir
//        rc (strategic committee) ◄── pc (professional committee) ── owns la (learning action)
//        tool (shared tool) used by m1-home, maintained by hs-ward

#include "orgweave/core/Model.hpp"

namespace orgweave::studio::test {

/// The network above; with `withPositions`, every node has a stored position.
core::Model smallNetwork(bool withPositions = true);

}  // namespace orgweave::studio::test
