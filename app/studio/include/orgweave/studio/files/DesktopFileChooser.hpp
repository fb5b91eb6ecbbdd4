#pragma once
// The desktop's own file chooser through xdg-desktop-portal (org.freedesktop.portal.FileChooser
// on the session bus), with GIO's GDBus. A request runs on its own thread: it connects to the bus,
// checks that a portal is there (running or activatable), subscribes to the request's Response
// signal, calls OpenFile or SaveFile and waits for the answer, so the UI thread never blocks; it
// polls outcome() once per frame. Outcomes: a chosen file, cancelled by the user, or unavailable
// (no bus, no portal, the call failed or the portal ended the dialog some other way), on which the
// caller shows the built-in dialog. Destroying the chooser closes a pending request.
// No GIO types in this header. Cost: one bus connection and one D-Bus call per request.

#include "orgweave/studio/files/PortalRequest.hpp"

#include <atomic>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace orgweave::studio {

class DesktopFileChooser {
public:
    enum class Status { Chosen, Cancelled, Unavailable };
    struct Outcome {
        Status status = Status::Unavailable;
        std::filesystem::path path;  ///< the chosen file (Chosen)
        std::string reason;          ///< why the portal could not be used (Unavailable)
    };

    /// Uses the session bus, or the bus at `address` (a D-Bus address such as "unix:path=…").
    explicit DesktopFileChooser(std::string address = {});
    ~DesktopFileChooser();
    DesktopFileChooser(const DesktopFileChooser&) = delete;
    DesktopFileChooser& operator=(const DesktopFileChooser&) = delete;

    /// Starts a request (ignored while one is pending); its handle_token is made unique here.
    void start(PortalRequest request);
    /// A request is on its way or its dialog is showing.
    bool pending() const { return m_pending.load(); }
    /// The outcome of the last request, once (nullopt while pending or when already taken).
    std::optional<Outcome> takeOutcome();

    /// The D-Bus message body of `request` as GVariant text ("('', 'Open', {...})"), for tests and logs.
    static std::string describe(const PortalRequest& request);
    /// A fresh handle token ("orgweave_<pid>_<n>").
    static std::string newToken();

private:
    struct Shared;
    void join();

    std::string m_address;
    std::shared_ptr<Shared> m_shared;
    std::thread m_worker;
    std::atomic<bool> m_pending{false};
};

}  // namespace orgweave::studio
