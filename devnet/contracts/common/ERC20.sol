// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {
    ERC20InsufficientAllowance,
    ERC20InsufficientBalance,
    ERC20InvalidApprover,
    ERC20InvalidReceiver,
    ERC20InvalidSender,
    ERC20InvalidSpender
} from "./Errors.sol";
import {IERC20} from "./Interfaces.sol";

/// @notice A plain ERC-20 whose metadata lives in storage (so it can be set after construction).
abstract contract ERC20 is IERC20 {
    mapping(address account => uint256) private _balances;
    mapping(address account => mapping(address spender => uint256)) private _allowances;
    uint256 private _totalSupply;
    string private _name;
    string private _symbol;
    uint8 private _decimals;

    function name() public view virtual returns (string memory) {
        return _name;
    }

    function symbol() public view virtual returns (string memory) {
        return _symbol;
    }

    function decimals() public view virtual returns (uint8) {
        return _decimals;
    }

    function totalSupply() public view virtual returns (uint256) {
        return _totalSupply;
    }

    function balanceOf(address _account) public view virtual returns (uint256) {
        return _balances[_account];
    }

    function allowance(address _owner, address _spender) public view virtual returns (uint256) {
        return _allowances[_owner][_spender];
    }

    function transfer(address _to, uint256 _value) public virtual returns (bool) {
        _transfer(msg.sender, _to, _value);
        return true;
    }

    function approve(address _spender, uint256 _value) public virtual returns (bool) {
        _approve(msg.sender, _spender, _value);
        return true;
    }

    function transferFrom(address _from, address _to, uint256 _value) public virtual returns (bool) {
        uint256 current = _allowances[_from][msg.sender];
        if (current != type(uint256).max) {
            if (current < _value) revert ERC20InsufficientAllowance(msg.sender, current, _value);
            unchecked {
                _allowances[_from][msg.sender] = current - _value;
            }
        }
        _transfer(_from, _to, _value);
        return true;
    }

    function _setMetadata(string memory name_, string memory symbol_, uint8 decimals_) internal {
        _name = name_;
        _symbol = symbol_;
        _decimals = decimals_;
    }

    function _transfer(address _from, address _to, uint256 _value) internal {
        if (_from == address(0)) revert ERC20InvalidSender(address(0));
        if (_to == address(0)) revert ERC20InvalidReceiver(address(0));
        _update(_from, _to, _value);
    }

    function _mint(address _to, uint256 _value) internal {
        if (_to == address(0)) revert ERC20InvalidReceiver(address(0));
        _update(address(0), _to, _value);
    }

    function _burn(address _from, uint256 _value) internal {
        if (_from == address(0)) revert ERC20InvalidSender(address(0));
        _update(_from, address(0), _value);
    }

    function _update(address _from, address _to, uint256 _value) private {
        if (_from == address(0)) {
            _totalSupply += _value;
        } else {
            uint256 balance = _balances[_from];
            if (balance < _value) revert ERC20InsufficientBalance(_from, balance, _value);
            unchecked {
                _balances[_from] = balance - _value;
            }
        }
        if (_to == address(0)) {
            unchecked {
                _totalSupply -= _value;
            }
        } else {
            unchecked {
                _balances[_to] += _value;
            }
        }
        emit Transfer(_from, _to, _value);
    }

    function _approve(address _owner, address _spender, uint256 _value) internal {
        if (_owner == address(0)) revert ERC20InvalidApprover(address(0));
        if (_spender == address(0)) revert ERC20InvalidSpender(address(0));
        _allowances[_owner][_spender] = _value;
        emit Approval(_owner, _spender, _value);
    }
}
