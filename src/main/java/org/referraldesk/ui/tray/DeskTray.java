package org.referraldesk.ui.tray;

import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk in the system tray, where the desktop has one: an icon with the number of due
 * follow-ups, a menu (Open, Today, Quit) and a balloon for newly due follow-ups. Where there is no
 * tray (headless, or many Linux desktops) it is "no tray": the window announces reminders itself,
 * and closing the window quits. AWT work runs on the AWT thread, the menu's actions on the FX thread.
 */
public final class DeskTray {
    private static final Logger LOG = LoggerFactory.getLogger(DeskTray.class);

    private final TrayIcon icon;
    private final ReminderTexts texts;

    private DeskTray(TrayIcon icon, ReminderTexts texts) {
        this.icon = icon;
        this.texts = texts;
    }

    /** No tray: every call does nothing, and closing the window quits. */
    public static DeskTray none() {
        return new DeskTray(null, null);
    }

    /**
     * Puts the icon into the tray if there is one; waits for the AWT thread, so call it neither on
     * the FX thread nor on the AWT thread. Never throws: any trouble means no tray.
     */
    public static DeskTray install(TrayActions actions, ReminderTexts texts) {
        if (GraphicsEnvironment.isHeadless()) {
            LOG.info("No system tray: headless");
            return none();
        }
        AtomicReference<TrayIcon> added = new AtomicReference<>();
        try {
            EventQueue.invokeAndWait(() -> added.set(addIcon(actions, texts)));
        } catch (InvocationTargetException | RuntimeException | Error e) {
            LOG.warn("No system tray: it could not be set up", e);
            return none();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return none();
        }
        return added.get() == null ? none() : new DeskTray(added.get(), texts);
    }

    private static TrayIcon addIcon(TrayActions actions, ReminderTexts texts) {
        if (!SystemTray.isSupported()) {
            LOG.info("No system tray on this desktop; reminders show in the window");
            return null;
        }
        SystemTray tray = SystemTray.getSystemTray();
        PopupMenu menu = new PopupMenu();
        menu.add(item(texts.format("tray.open"), actions.open()));
        menu.add(item(texts.format("tray.today"), actions.today()));
        menu.addSeparator();
        menu.add(item(texts.format("tray.quit"), actions.quit()));
        int size = Math.max(16, tray.getTrayIconSize().height);
        TrayIcon icon = new TrayIcon(TrayIconImage.draw(size, 0), texts.format("tray.tooltip"), menu);
        icon.setImageAutoSize(true);
        icon.addActionListener(event -> Platform.runLater(actions.open()));
        try {
            tray.add(icon);
        } catch (AWTException e) {
            LOG.warn("No system tray: the icon could not be added", e);
            return null;
        }
        LOG.info("Referral Desk is in the system tray");
        return icon;
    }

    private static MenuItem item(String label, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.addActionListener(event -> Platform.runLater(action));
        return item;
    }

    /** Whether the icon is in the tray. */
    public boolean supported() {
        return icon != null;
    }

    /** Closing the window quits unless there is a tray and the owner wants the desk to keep running there. */
    public boolean closingWindowQuits(boolean keepRunningInTray) {
        return !supported() || !keepRunningInTray;
    }

    /** Shows the number of due follow-ups on the icon and in its tooltip. */
    public void showCount(int overdue) {
        onAwt(() -> {
            icon.setImage(TrayIconImage.draw(Math.max(16, icon.getSize().height), overdue));
            icon.setToolTip(overdue > 0 ? texts.format("tray.tooltipDue", overdue) : texts.format("tray.tooltip"));
        });
    }

    /** Where notices go when there is a tray: its balloon. */
    public Consumer<Notice> notices() {
        return notice -> onAwt(() -> icon.displayMessage(notice.title(), notice.text(), TrayIcon.MessageType.INFO));
    }

    /** Takes the icon out of the tray (so nothing of the desk stays behind). */
    public void remove() {
        onAwt(() -> SystemTray.getSystemTray().remove(icon));
    }

    private void onAwt(Runnable work) {
        if (icon != null) {
            EventQueue.invokeLater(work);
        }
    }
}
